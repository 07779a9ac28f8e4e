from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CtaUrlParameters")


@_attrs_define
class CtaUrlParameters:
    """The button label and URL.

    Example:
        {'display_text': 'Track', 'url': 'https://example.com/t/1'}

    """

    display_text: str
    """ Button label. """
    url: str
    """ The URL opened in the device's browser. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_text = self.display_text

        url = self.url

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "display_text": display_text,
            "url": url,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_text = d.pop("display_text")

        url = d.pop("url")

        cta_url_parameters = cls(
            display_text=display_text,
            url=url,
        )

        cta_url_parameters.additional_properties = d
        return cta_url_parameters

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
