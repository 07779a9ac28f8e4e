from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VoiceCallParameters")


@_attrs_define
class VoiceCallParameters:
    """Label, lifetime and payload of the call button.

    Example:
        {'display_text': 'Call now', 'ttl_minutes': 100, 'payload': 'callback-1'}

    """

    display_text: str | None = None
    """ Button label. """
    ttl_minutes: int | None = None
    """ How long the button works, in minutes. """
    payload: str | None = None
    """ Echoed in the call webhook. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_text = self.display_text

        ttl_minutes = self.ttl_minutes

        payload = self.payload

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if display_text is not None:
            field_dict["display_text"] = display_text
        if ttl_minutes is not None:
            field_dict["ttl_minutes"] = ttl_minutes
        if payload is not None:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_text = d.pop("display_text", None)

        ttl_minutes = d.pop("ttl_minutes", None)

        payload = d.pop("payload", None)

        voice_call_parameters = cls(
            display_text=display_text,
            ttl_minutes=ttl_minutes,
            payload=payload,
        )

        voice_call_parameters.additional_properties = d
        return voice_call_parameters

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
