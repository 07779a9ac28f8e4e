from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallPermissionRequestAction")


@_attrs_define
class CallPermissionRequestAction:
    """The permission request.

    Example:
        {'name': 'call_permission_request'}

    """

    name: Literal["call_permission_request"] = "call_permission_request"
    """ Always `call_permission_request`. """
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
        name = cast(Literal["call_permission_request"], d.pop("name"))
        if name != "call_permission_request":
            raise ValueError(f"name must match const 'call_permission_request', got '{name}'")

        call_permission_request_action = cls(
            name=name,
        )

        call_permission_request_action.additional_properties = d
        return call_permission_request_action

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
