from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateFooterComponent")


@_attrs_define
class MessageTemplateFooterComponent:
    """The footer: text, or for authentication templates a code-expiry notice (`code_expiration_minutes`).

    Example:
        {'type': 'FOOTER', 'text': 'Use the buttons below to manage your marketing subscriptions'}

    """

    type_: Literal["FOOTER"] = "FOOTER"
    """ Always `FOOTER`. """
    text: str | None = None
    """ Footer text (no variables). """
    code_expiration_minutes: int | None = None
    """ Authentication templates: show "This code expires in N minutes." """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        code_expiration_minutes = self.code_expiration_minutes

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
        }
        if text is not None:
            field_dict["text"] = text
        if code_expiration_minutes is not None:
            field_dict["code_expiration_minutes"] = code_expiration_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["FOOTER"], d.pop("type"))
        if type_ != "FOOTER":
            raise ValueError(f"type must match const 'FOOTER', got '{type_}'")

        text = d.pop("text", None)

        code_expiration_minutes = d.pop("code_expiration_minutes", None)

        message_template_footer_component = cls(
            type_=type_,
            text=text,
            code_expiration_minutes=code_expiration_minutes,
        )

        message_template_footer_component.additional_properties = d
        return message_template_footer_component

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
