from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RegistrationBackup")


@_attrs_define
class RegistrationBackup:
    """A backup of an On-Premises API number, restored when migrating it to Cloud API.

    Example:
        {'data': 'ZW5jcnlwdGVkIGJhY2t1cA==', 'password': 'backup-password'}

    """

    data: str
    """ The backup data (from the On-Premises `backup` endpoint). """
    password: str
    """ The password the backup was made with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        password = self.password

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "data": data,
            "password": password,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        password = d.pop("password")

        registration_backup = cls(
            data=data,
            password=password,
        )

        registration_backup.additional_properties = d
        return registration_backup

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
