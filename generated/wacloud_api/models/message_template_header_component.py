from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_template_header_component_format import (
    MessageTemplateHeaderComponentFormat,
    check_message_template_header_component_format,
)

T = TypeVar("T", bound="MessageTemplateHeaderComponent")


@_attrs_define
class MessageTemplateHeaderComponent:
    """The header (at most one): text with up to one variable, a media sample (image, video, GIF, document), a
    location, or a product.

        Example:
            {'type': 'HEADER', 'format': 'TEXT', 'text': 'Our {{1}} is on!', 'example': {'header_text': ['Summer Sale']}}

    """

    format_: MessageTemplateHeaderComponentFormat
    """ Header kind. """
    type_: Literal["HEADER"] = "HEADER"
    """ Always `HEADER`. """
    text: str | None = None
    """ Header text for `TEXT`; may hold one variable. """
    example: MessageTemplateHeaderExample | None = None
    """ Sample values reviewers see for the header. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        format_: str = self.format_

        text = self.text

        example: dict[str, Any] | None = None
        if self.example is not None:
            example = self.example.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "format": format_,
        }
        if text is not None:
            field_dict["text"] = text
        if example is not None:
            field_dict["example"] = example

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["HEADER"], d.pop("type"))
        if type_ != "HEADER":
            raise ValueError(f"type must match const 'HEADER', got '{type_}'")

        format_ = check_message_template_header_component_format(d.pop("format"))

        text = d.pop("text", None)

        _example = d.pop("example", None)
        example: MessageTemplateHeaderExample | None
        if _example is None:
            example = None
        else:
            example = MessageTemplateHeaderExample.from_dict(_example)

        message_template_header_component = cls(
            type_=type_,
            format_=format_,
            text=text,
            example=example,
        )

        message_template_header_component.additional_properties = d
        return message_template_header_component

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
from ..models.message_template_header_example import MessageTemplateHeaderExample  # noqa: E402
