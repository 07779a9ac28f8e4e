from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallPermission")


@_attrs_define
class CallPermission:
    """The permission to call the user.

    Example:
        {'status': 'temporary', 'expiration_time': 1745343479}

    """

    status: str | None = None
    """ `granted`, `temporary`, `pending`, `denied`, `expired` or `no_permission` (open-ended). """
    expiration_time: int | None = None
    """ When a temporary permission expires, unix seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        expiration_time = self.expiration_time

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if status is not None:
            field_dict["status"] = status
        if expiration_time is not None:
            field_dict["expiration_time"] = expiration_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", None)

        expiration_time = d.pop("expiration_time", None)

        call_permission = cls(
            status=status,
            expiration_time=expiration_time,
        )

        call_permission.additional_properties = d
        return call_permission

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
