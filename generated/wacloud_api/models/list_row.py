from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListRow")


@_attrs_define
class ListRow:
    """A selectable row.

    Example:
        {'id': '9', 'title': '9:00', 'description': 'Front desk'}

    """

    id: str
    """ Returned in `interactive.list_reply.id` when chosen. """
    title: str
    """ Row title. """
    description: str | None = None
    """ Row description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
            "title": title,
        }
        if description is not None:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        description = d.pop("description", None)

        list_row = cls(
            id=id,
            title=title,
            description=description,
        )

        list_row.additional_properties = d
        return list_row

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
