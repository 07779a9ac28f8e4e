from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateCopyCodeButton")


@_attrs_define
class MessageTemplateCopyCodeButton:
    """A button that copies a coupon code (marketing and limited-time-offer templates).

    Example:
        {'type': 'COPY_CODE', 'example': '250FF'}

    """

    example: str
    """ Sample coupon code. """
    type_: Literal["COPY_CODE"] = "COPY_CODE"
    """ Always `COPY_CODE`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        example = self.example

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "example": example,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["COPY_CODE"], d.pop("type"))
        if type_ != "COPY_CODE":
            raise ValueError(f"type must match const 'COPY_CODE', got '{type_}'")

        example = d.pop("example")

        message_template_copy_code_button = cls(
            type_=type_,
            example=example,
        )

        message_template_copy_code_button.additional_properties = d
        return message_template_copy_code_button

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
