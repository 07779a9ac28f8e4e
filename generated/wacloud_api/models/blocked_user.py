from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BlockedUser")


@_attrs_define
class BlockedUser:
    """A blocked WhatsApp user.

    Example:
        {'messaging_product': 'whatsapp', 'wa_id': '16505551234'}

    """

    messaging_product: str
    """ Always `whatsapp`. """
    wa_id: str | None = None
    """ The user's WhatsApp id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        wa_id = self.wa_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messaging_product": messaging_product,
            }
        )
        if wa_id is not None:
            field_dict["wa_id"] = wa_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = d.pop("messaging_product")

        wa_id = d.pop("wa_id", None)

        blocked_user = cls(
            messaging_product=messaging_product,
            wa_id=wa_id,
        )

        blocked_user.additional_properties = d
        return blocked_user

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
