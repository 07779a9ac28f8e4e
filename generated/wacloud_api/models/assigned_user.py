from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssignedUser")


@_attrs_define
class AssignedUser:
    """A user with tasks on a WhatsApp Business Account.

    Example:
        {'id': '1972555232742222', 'name': 'My System User', 'user_type': 'SYSTEM_USER', 'tasks': ['MANAGE']}

    """

    id: str
    """ The user id. """
    name: str | None = None
    """ The user's name. """
    business: NamedObject | None = None
    """ A reference to another Graph object. """
    user_type: str | None = None
    """ `BUSINESS_USER`, `SYSTEM_USER` or `PERSONAL_USER`. """
    tasks: list[str] | None = None
    """ The tasks the user holds, e.g. `MANAGE`, `DEVELOP`, `MANAGE_TEMPLATES`, `MANAGE_PHONE`, `VIEW_COST`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        business: dict[str, Any] | None = None
        if self.business is not None:
            business = self.business.to_dict()

        user_type = self.user_type

        tasks: list[str] | None = None
        if self.tasks is not None:
            tasks = self.tasks

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if name is not None:
            field_dict["name"] = name
        if business is not None:
            field_dict["business"] = business
        if user_type is not None:
            field_dict["user_type"] = user_type
        if tasks is not None:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", None)

        _business = d.pop("business", None)
        business: NamedObject | None
        if _business is None:
            business = None
        else:
            business = NamedObject.from_dict(_business)

        user_type = d.pop("user_type", None)

        tasks = cast(list[str], d.pop("tasks", None))

        assigned_user = cls(
            id=id,
            name=name,
            business=business,
            user_type=user_type,
            tasks=tasks,
        )

        assigned_user.additional_properties = d
        return assigned_user

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
