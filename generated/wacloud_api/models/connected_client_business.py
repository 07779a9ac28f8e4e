from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConnectedClientBusiness")


@_attrs_define
class ConnectedClientBusiness:
    """A client business portfolio connected to the app.

    Example:
        {'id': '1234567890123456', 'name': 'Example Client Business A', 'verification_status': 'VERIFIED',
            'business_status': 'ACTIVE'}

    """

    id: str
    """ The business portfolio id. """
    name: str | None = None
    """ The business name. """
    verification_status: str | None = None
    """ Business verification status, e.g. `VERIFIED`, `UNVERIFIED`, `PENDING`, `REJECTED`. """
    business_status: str | None = None
    """ Connection status, e.g. `ACTIVE`, `INACTIVE`, `SUSPENDED`, `PENDING_APPROVAL`. """
    created_time: str | None = None
    """ When the connection was created (ISO 8601). """
    updated_time: str | None = None
    """ When the connection last changed (ISO 8601). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        verification_status = self.verification_status

        business_status = self.business_status

        created_time = self.created_time

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if name is not None:
            field_dict["name"] = name
        if verification_status is not None:
            field_dict["verification_status"] = verification_status
        if business_status is not None:
            field_dict["business_status"] = business_status
        if created_time is not None:
            field_dict["created_time"] = created_time
        if updated_time is not None:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", None)

        verification_status = d.pop("verification_status", None)

        business_status = d.pop("business_status", None)

        created_time = d.pop("created_time", None)

        updated_time = d.pop("updated_time", None)

        connected_client_business = cls(
            id=id,
            name=name,
            verification_status=verification_status,
            business_status=business_status,
            created_time=created_time,
            updated_time=updated_time,
        )

        connected_client_business.additional_properties = d
        return connected_client_business

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
