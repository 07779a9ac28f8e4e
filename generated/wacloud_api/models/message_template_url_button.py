from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateUrlButton")


@_attrs_define
class MessageTemplateUrlButton:
    """A button that opens a URL, optionally with one variable at the end of the URL.

    Example:
        {'type': 'URL', 'text': 'Shop Now', 'url': 'https://www.example.com/shop?promo={{1}}', 'example':
            ['summer2023']}

    """

    text: str
    """ Button label. """
    url: str
    """ The URL; may end with one variable, e.g. `https://example.com/shop?promo={{1}}`. """
    type_: Literal["URL"] = "URL"
    """ Always `URL`. """
    example: list[str] | None = None
    """ Sample value of the URL variable (one item); required when the URL has a variable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        url = self.url

        example: list[str] | None = None
        if self.example is not None:
            example = self.example

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "text": text,
            "url": url,
        }
        if example is not None:
            field_dict["example"] = example

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["URL"], d.pop("type"))
        if type_ != "URL":
            raise ValueError(f"type must match const 'URL', got '{type_}'")

        text = d.pop("text")

        url = d.pop("url")

        example = cast(list[str], d.pop("example", None))

        message_template_url_button = cls(
            type_=type_,
            text=text,
            url=url,
            example=example,
        )

        message_template_url_button.additional_properties = d
        return message_template_url_button

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
