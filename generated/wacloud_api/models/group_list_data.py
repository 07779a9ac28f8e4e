from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupListData")


@_attrs_define
class GroupListData:
    """The groups of one page.

    Example:
        {'groups': [{'id': 'Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD', 'subject': 'Order 12345
            coordination'}]}

    """

    groups: list[GroupSummary] | None = None
    """ The groups. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups: list[dict[str, Any]] | None = None
        if self.groups is not None:
            groups = [groups_item_data.to_dict() for groups_item_data in self.groups]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if groups is not None:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _groups = d.pop("groups", None)
        groups: list[GroupSummary] | None = None
        if _groups is not None:
            groups = []
            for groups_item_data in _groups:
                groups_item = GroupSummary.from_dict(groups_item_data)

                groups.append(groups_item)

        group_list_data = cls(
            groups=groups,
        )

        group_list_data.additional_properties = d
        return group_list_data

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
from ..models.group_summary import GroupSummary  # noqa: E402
