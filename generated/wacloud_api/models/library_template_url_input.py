from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LibraryTemplateUrlInput")


@_attrs_define
class LibraryTemplateUrlInput:
    """The URL of a library URL button.

    Example:
        {'base_url': 'https://www.example.com/{{1}}', 'url_suffix_example': 'https://www.example.com/order/12345'}

    """

    base_url: str
    """ The URL, optionally ending with `{{1}}`. """
    url_suffix_example: str | None = None
    """ A full sample URL (required with a variable). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_url = self.base_url

        url_suffix_example = self.url_suffix_example

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "base_url": base_url,
        }
        if url_suffix_example is not None:
            field_dict["url_suffix_example"] = url_suffix_example

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_url = d.pop("base_url")

        url_suffix_example = d.pop("url_suffix_example", None)

        library_template_url_input = cls(
            base_url=base_url,
            url_suffix_example=url_suffix_example,
        )

        library_template_url_input.additional_properties = d
        return library_template_url_input

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
