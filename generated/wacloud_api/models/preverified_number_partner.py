from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PreverifiedNumberPartner")


@_attrs_define
class PreverifiedNumberPartner:
    """A partner business portfolio.

    Example:
        {'id': '1234567890123456', 'name': 'Partner Business Solutions Inc', 'verification_status': 'verified'}

    """

    id: str
    """ The business portfolio id. """
    name: str | None = None
    """ The business name. """
    verification_status: str | None = None
    """ e.g. `verified`, `pending`, `not_verified`. """
    created_time: str | None = None
    """ When the business was created (ISO 8601). """
    timezone_id: int | None = None
    """ The business's time zone id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        verification_status = self.verification_status

        created_time = self.created_time

        timezone_id = self.timezone_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if name is not None:
            field_dict["name"] = name
        if verification_status is not None:
            field_dict["verification_status"] = verification_status
        if created_time is not None:
            field_dict["created_time"] = created_time
        if timezone_id is not None:
            field_dict["timezone_id"] = timezone_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", None)

        verification_status = d.pop("verification_status", None)

        created_time = d.pop("created_time", None)

        timezone_id = d.pop("timezone_id", None)

        preverified_number_partner = cls(
            id=id,
            name=name,
            verification_status=verification_status,
            created_time=created_time,
            timezone_id=timezone_id,
        )

        preverified_number_partner.additional_properties = d
        return preverified_number_partner

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
