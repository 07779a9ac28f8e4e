from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UsernameStatus")


@_attrs_define
class UsernameStatus:
    """A business username and its status.

    Example:
        {'username': 'lucky.shrub', 'status': 'approved'}

    """

    username: str | None = None
    """ The username; absent when the phone number has none. """
    status: str | None = None
    """ `approved` (visible to users) or `reserved` (approved, not yet visible) (open-ended). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        status = self.status

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if username is not None:
            field_dict["username"] = username
        if status is not None:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username", None)

        status = d.pop("status", None)

        username_status = cls(
            username=username,
            status=status,
        )

        username_status.additional_properties = d
        return username_status

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
