from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssignedWaba")


@_attrs_define
class AssignedWaba:
    """A WhatsApp Business Account assigned to a user, with the tasks granted.

    Example:
        {'id': '1234567890123456', 'name': 'Primary Business Account', 'status': 'ACTIVE', 'permissions': ['MANAGE']}

    """

    id: str
    """ The WhatsApp Business Account id. """
    name: str | None = None
    """ The account name. """
    status: str | None = None
    """ The account status, e.g. `ACTIVE`, `PENDING`, `RESTRICTED`. """
    assignment_date: str | None = None
    """ When the account was assigned (ISO 8601). """
    permissions: list[str] | None = None
    """ The tasks the user holds, e.g. `MANAGE`, `DEVELOP`, `MANAGE_TEMPLATES`, `MANAGE_PHONE`, `VIEW_COST`,
    `MANAGE_EXTENSIONS`, `VIEW_PHONE_ASSETS`, `MANAGE_PHONE_ASSETS`, `VIEW_TEMPLATES`, `MESSAGING`,
    `MANAGE_PHONE_ASSETS`, `VIEW_INSIGHTS`. """
    business_id: str | None = None
    """ The business portfolio that owns the account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        assignment_date = self.assignment_date

        permissions: list[str] | None = None
        if self.permissions is not None:
            permissions = self.permissions

        business_id = self.business_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if name is not None:
            field_dict["name"] = name
        if status is not None:
            field_dict["status"] = status
        if assignment_date is not None:
            field_dict["assignment_date"] = assignment_date
        if permissions is not None:
            field_dict["permissions"] = permissions
        if business_id is not None:
            field_dict["business_id"] = business_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", None)

        status = d.pop("status", None)

        assignment_date = d.pop("assignment_date", None)

        permissions = cast(list[str], d.pop("permissions", None))

        business_id = d.pop("business_id", None)

        assigned_waba = cls(
            id=id,
            name=name,
            status=status,
            assignment_date=assignment_date,
            permissions=permissions,
            business_id=business_id,
        )

        assigned_waba.additional_properties = d
        return assigned_waba

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
