from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Solution")


@_attrs_define
class Solution:
    """A Multi-Partner Solution.

    Example:
        {'id': '1578492037561280', 'name': 'E-commerce Integration Solution', 'status': 'ACTIVE'}

    """

    id: str
    """ The solution id. """
    name: str | None = None
    """ The solution's name. """
    status: str | None = None
    """ `DRAFT`, `INITIATED`, `ACTIVE`, `REJECTED` or `DEACTIVATED`. """
    status_for_pending_request: str | None = None
    """ `PENDING_ACTIVATION`, `PENDING_DEACTIVATION` or `NONE`. """
    owner_app: NamedObject | None = None
    """ A reference to another Graph object. """
    owner_permissions: list[str] | None = None
    """ The owner's permissions on customer WABAs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        status_for_pending_request = self.status_for_pending_request

        owner_app: dict[str, Any] | None = None
        if self.owner_app is not None:
            owner_app = self.owner_app.to_dict()

        owner_permissions: list[str] | None = None
        if self.owner_permissions is not None:
            owner_permissions = self.owner_permissions

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if name is not None:
            field_dict["name"] = name
        if status is not None:
            field_dict["status"] = status
        if status_for_pending_request is not None:
            field_dict["status_for_pending_request"] = status_for_pending_request
        if owner_app is not None:
            field_dict["owner_app"] = owner_app
        if owner_permissions is not None:
            field_dict["owner_permissions"] = owner_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", None)

        status = d.pop("status", None)

        status_for_pending_request = d.pop("status_for_pending_request", None)

        _owner_app = d.pop("owner_app", None)
        owner_app: NamedObject | None
        if _owner_app is None:
            owner_app = None
        else:
            owner_app = NamedObject.from_dict(_owner_app)

        owner_permissions = cast(list[str], d.pop("owner_permissions", None))

        solution = cls(
            id=id,
            name=name,
            status=status,
            status_for_pending_request=status_for_pending_request,
            owner_app=owner_app,
            owner_permissions=owner_permissions,
        )

        solution.additional_properties = d
        return solution

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


# Imported once the class above exists: models refer to each other, and importing here breaks the cycle.
from ..models.named_object import NamedObject  # noqa: E402
