from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LocationRequestAction")


@_attrs_define
class LocationRequestAction:
    """The "Send location" button.

    Example:
        {'name': 'send_location'}

    """

    name: Literal["send_location"] = "send_location"
    """ Always `send_location`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": name,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["send_location"], d.pop("name"))
        if name != "send_location":
            raise ValueError(f"name must match const 'send_location', got '{name}'")

        location_request_action = cls(
            name=name,
        )

        location_request_action.additional_properties = d
        return location_request_action

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
