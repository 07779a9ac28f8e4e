from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.solution_create_owner_permissions_item import (
    SolutionCreateOwnerPermissionsItem,
    check_solution_create_owner_permissions_item,
)
from ..models.solution_create_partner_permissions_item import (
    SolutionCreatePartnerPermissionsItem,
    check_solution_create_partner_permissions_item,
)

T = TypeVar("T", bound="SolutionCreate")


@_attrs_define
class SolutionCreate:
    """A Multi-Partner Solution to create.

    Example:
        {'solution_name': 'Owner-Managed Messaging Solution', 'partner_app_id': '9876543210987654', 'owner_permissions':
            ['MESSAGING'], 'partner_permissions': []}

    """

    solution_name: str
    """ The solution's name. """
    partner_app_id: str
    """ The partner app invited. """
    owner_permissions: list[SolutionCreateOwnerPermissionsItem]
    """ Permissions of the owner app: `MESSAGING`, or none. """
    partner_permissions: list[SolutionCreatePartnerPermissionsItem]
    """ Permissions of the partner app: `MESSAGING`, or none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        solution_name = self.solution_name

        partner_app_id = self.partner_app_id

        owner_permissions = []
        for owner_permissions_item_data in self.owner_permissions:
            owner_permissions_item: str = owner_permissions_item_data
            owner_permissions.append(owner_permissions_item)

        partner_permissions = []
        for partner_permissions_item_data in self.partner_permissions:
            partner_permissions_item: str = partner_permissions_item_data
            partner_permissions.append(partner_permissions_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "solution_name": solution_name,
            "partner_app_id": partner_app_id,
            "owner_permissions": owner_permissions,
            "partner_permissions": partner_permissions,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        solution_name = d.pop("solution_name")

        partner_app_id = d.pop("partner_app_id")

        owner_permissions = []
        _owner_permissions = d.pop("owner_permissions")
        for owner_permissions_item_data in _owner_permissions:
            owner_permissions_item = check_solution_create_owner_permissions_item(owner_permissions_item_data)

            owner_permissions.append(owner_permissions_item)

        partner_permissions = []
        _partner_permissions = d.pop("partner_permissions")
        for partner_permissions_item_data in _partner_permissions:
            partner_permissions_item = check_solution_create_partner_permissions_item(partner_permissions_item_data)

            partner_permissions.append(partner_permissions_item)

        solution_create = cls(
            solution_name=solution_name,
            partner_app_id=partner_app_id,
            owner_permissions=owner_permissions,
            partner_permissions=partner_permissions,
        )

        solution_create.additional_properties = d
        return solution_create

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
