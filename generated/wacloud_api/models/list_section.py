from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListSection")


@_attrs_define
class ListSection:
    """A titled group of rows.

    Example:
        {'title': 'Morning', 'rows': [{'id': '9', 'title': '9:00', 'description': 'Front desk'}]}

    """

    rows: list[ListRow]
    """ The rows (ten in total across sections). """
    title: str | None = None
    """ Section title (required with more than one section). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rows = [rows_item_data.to_dict() for rows_item_data in self.rows]

        title = self.title

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "rows": rows,
        }
        if title is not None:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = ListRow.from_dict(rows_item_data)

            rows.append(rows_item)

        title = d.pop("title", None)

        list_section = cls(
            rows=rows,
            title=title,
        )

        list_section.additional_properties = d
        return list_section

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
from ..models.list_row import ListRow  # noqa: E402
