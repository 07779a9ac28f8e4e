from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VoiceCallAction")


@_attrs_define
class VoiceCallAction:
    """The call button.

    Example:
        {'name': 'voice_call', 'parameters': {'display_text': 'Call now', 'ttl_minutes': 100}}

    """

    name: Literal["voice_call"] = "voice_call"
    """ Always `voice_call`. """
    parameters: VoiceCallParameters | None = None
    """ Label, lifetime and payload of the call button. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parameters: dict[str, Any] | None = None
        if self.parameters is not None:
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": name,
        }
        if parameters is not None:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["voice_call"], d.pop("name"))
        if name != "voice_call":
            raise ValueError(f"name must match const 'voice_call', got '{name}'")

        _parameters = d.pop("parameters", None)
        parameters: VoiceCallParameters | None
        if _parameters is None:
            parameters = None
        else:
            parameters = VoiceCallParameters.from_dict(_parameters)

        voice_call_action = cls(
            name=name,
            parameters=parameters,
        )

        voice_call_action.additional_properties = d
        return voice_call_action

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once the class above exists: models refer to each other, and importing here breaks the cycle.
from ..models.voice_call_parameters import VoiceCallParameters  # noqa: E402
