from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplatePhoneNumberButton")


@_attrs_define
class MessageTemplatePhoneNumberButton:
    """A button that calls a phone number.

    Example:
        {'type': 'PHONE_NUMBER', 'text': 'Call', 'phone_number': '16467043595'}

    """

    text: str
    """ Button label. """
    phone_number: str
    """ Phone number with country code. """
    type_: Literal["PHONE_NUMBER"] = "PHONE_NUMBER"
    """ Always `PHONE_NUMBER`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "text": text,
            "phone_number": phone_number,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["PHONE_NUMBER"], d.pop("type"))
        if type_ != "PHONE_NUMBER":
            raise ValueError(f"type must match const 'PHONE_NUMBER', got '{type_}'")

        text = d.pop("text")

        phone_number = d.pop("phone_number")

        message_template_phone_number_button = cls(
            type_=type_,
            text=text,
            phone_number=phone_number,
        )

        message_template_phone_number_button.additional_properties = d
        return message_template_phone_number_button

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
