from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListAction")


@_attrs_define
class ListAction:
    """The button that opens the list, and the list's sections.

    Example:
        {'button': 'Slots', 'sections': [{'title': 'Morning', 'rows': [{'id': '9', 'title': '9:00'}]}]}

    """

    button: str
    """ Label of the button that opens the list. """
    sections: list[ListSection]
    """ List sections. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        button = self.button

        sections = [sections_item_data.to_dict() for sections_item_data in self.sections]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "button": button,
            "sections": sections,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        button = d.pop("button")

        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = ListSection.from_dict(sections_item_data)

            sections.append(sections_item)

        list_action = cls(
            button=button,
            sections=sections,
        )

        list_action.additional_properties = d
        return list_action

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
from ..models.list_section import ListSection  # noqa: E402
