from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssignUserRequest")


@_attrs_define
class AssignUserRequest:
    """Which user gets which tasks (form fields, as Meta documents them).

    Example:
        {'user': '1972555232742222', 'tasks': "['MANAGE']"}

    """

    user: str
    """ The (system) user id. """
    tasks: str
    """ The tasks as a bracketed list, e.g. `['MANAGE']` or `['DEVELOP','MANAGE_TEMPLATES']`. Tasks: `MANAGE`
    (full control), `DEVELOP`, `MANAGE_TEMPLATES`, `MANAGE_PHONE`, `VIEW_COST`, `MANAGE_EXTENSIONS`,
    `VIEW_PHONE_ASSETS`, `MANAGE_PHONE_ASSETS`, `VIEW_TEMPLATES`, `MESSAGING`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        tasks = self.tasks

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "user": user,
            "tasks": tasks,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user = d.pop("user")

        tasks = d.pop("tasks")

        assign_user_request = cls(
            user=user,
            tasks=tasks,
        )

        assign_user_request.additional_properties = d
        return assign_user_request

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
