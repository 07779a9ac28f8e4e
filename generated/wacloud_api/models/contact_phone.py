from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactPhone")


@_attrs_define
class ContactPhone:
    """A phone number of a contact.

    Example:
        {'phone': '+1 555 123 4567', 'type': 'CELL', 'wa_id': '15551234567'}

    """

    phone: str | None = None
    """ The number as shown. """
    type_: str | None = None
    """ `CELL`, `MAIN`, `IPHONE`, `HOME` or `WORK`. """
    wa_id: str | None = None
    """ WhatsApp id; adds a "Message" button to the card. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        type_ = self.type_

        wa_id = self.wa_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if phone is not None:
            field_dict["phone"] = phone
        if type_ is not None:
            field_dict["type"] = type_
        if wa_id is not None:
            field_dict["wa_id"] = wa_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone", None)

        type_ = d.pop("type", None)

        wa_id = d.pop("wa_id", None)

        contact_phone = cls(
            phone=phone,
            type_=type_,
            wa_id=wa_id,
        )

        contact_phone.additional_properties = d
        return contact_phone

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
