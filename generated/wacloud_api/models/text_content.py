from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="TextContent")


@_attrs_define
class TextContent:
    """The text of a text message.

    Example:
        {'body': 'See https://example.com', 'preview_url': True}

    """

    body: str
    """ The text; URLs are clickable. """
    preview_url: bool | None = None
    """ Render a preview of the first URL in the body. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        preview_url = self.preview_url

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "body": body,
        }
        if preview_url is not None:
            field_dict["preview_url"] = preview_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        preview_url = graph_bool(d.pop("preview_url", None))

        text_content = cls(
            body=body,
            preview_url=preview_url,
        )

        text_content.additional_properties = d
        return text_content

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
