from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookContactPhone")


@_attrs_define
class WebhookContactPhone:
    """A phone number on a shared contact card.

    Example:
        {'phone': '+1 (983) 555-2319', 'wa_id': '19835552319', 'type': 'MOBILE'}

    """

    phone: str | None = None
    """ Number as written. """
    wa_id: str | None = None
    """ WhatsApp id, if on WhatsApp. """
    type_: str | None = None
    """ `CELL`, `HOME` ... (open-ended). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        wa_id = self.wa_id

        type_ = self.type_

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if phone is not None:
            field_dict["phone"] = phone
        if wa_id is not None:
            field_dict["wa_id"] = wa_id
        if type_ is not None:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone", None)

        wa_id = d.pop("wa_id", None)

        type_ = d.pop("type", None)

        webhook_contact_phone = cls(
            phone=phone,
            wa_id=wa_id,
            type_=type_,
        )

        webhook_contact_phone.additional_properties = d
        return webhook_contact_phone

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
