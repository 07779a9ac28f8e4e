from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="PhoneNumberUserIdentityChangeUpdate")


@_attrs_define
class PhoneNumberUserIdentityChangeUpdate:
    """Turns user identity change checks on or off.

    Example:
        {'enabled': True}

    """

    enabled: bool
    """ Whether user identity change is enabled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "enabled": enabled,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = graph_bool(d.pop("enabled"))

        phone_number_user_identity_change_update = cls(
            enabled=enabled,
        )

        phone_number_user_identity_change_update.additional_properties = d
        return phone_number_user_identity_change_update

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
