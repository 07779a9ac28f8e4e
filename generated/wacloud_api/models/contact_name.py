from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactName")


@_attrs_define
class ContactName:
    """A contact's name; `formatted_name` and at least one other part are required by Meta.

    Example:
        {'formatted_name': 'Jane Doe', 'first_name': 'Jane', 'last_name': 'Doe'}

    """

    formatted_name: str
    """ The full name as displayed. """
    first_name: str | None = None
    """ First name. """
    last_name: str | None = None
    """ Last name. """
    middle_name: str | None = None
    """ Middle name. """
    suffix: str | None = None
    """ Name suffix. """
    prefix: str | None = None
    """ Name prefix. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        formatted_name = self.formatted_name

        first_name = self.first_name

        last_name = self.last_name

        middle_name = self.middle_name

        suffix = self.suffix

        prefix = self.prefix

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "formatted_name": formatted_name,
        }
        if first_name is not None:
            field_dict["first_name"] = first_name
        if last_name is not None:
            field_dict["last_name"] = last_name
        if middle_name is not None:
            field_dict["middle_name"] = middle_name
        if suffix is not None:
            field_dict["suffix"] = suffix
        if prefix is not None:
            field_dict["prefix"] = prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        formatted_name = d.pop("formatted_name")

        first_name = d.pop("first_name", None)

        last_name = d.pop("last_name", None)

        middle_name = d.pop("middle_name", None)

        suffix = d.pop("suffix", None)

        prefix = d.pop("prefix", None)

        contact_name = cls(
            formatted_name=formatted_name,
            first_name=first_name,
            last_name=last_name,
            middle_name=middle_name,
            suffix=suffix,
            prefix=prefix,
        )

        contact_name.additional_properties = d
        return contact_name

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
