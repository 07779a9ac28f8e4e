from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FlowActionPayload")


@_attrs_define
class FlowActionPayload:
    """The first screen and its data, for `flow_action: navigate`.

    Example:
        {'screen': 'WELCOME', 'data': {'name': 'Jane'}}

    """

    screen: str
    """ Id of the first screen. """
    data: JsonObject | None = None
    """ A free-form JSON object whose keys are defined by the caller (Flow data, payloads). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        screen = self.screen

        data: dict[str, Any] | None = None
        if self.data is not None:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "screen": screen,
        }
        if data is not None:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        screen = d.pop("screen")

        _data = d.pop("data", None)
        data: JsonObject | None
        if _data is None:
            data = None
        else:
            data = JsonObject.from_dict(_data)

        flow_action_payload = cls(
            screen=screen,
            data=data,
        )

        flow_action_payload.additional_properties = d
        return flow_action_payload

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
from ..models.json_object import JsonObject  # noqa: E402
