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
        {'messaging_product': 'whatsapp', 'wa_id': '16505551234', 'user_id': 'US.13491208655302741918'}

    """

    messaging_product: str
    """ Always `whatsapp`. """
    wa_id: str | None = None
    """ The user's WhatsApp id; absent when Meta cannot share the phone number of a user with a username. """
    user_id: str | None = None
    """ The user's business-scoped user id (BSUID). """
    parent_user_id: str | None = None
    """ The user's parent BSUID, if parent BSUIDs are enabled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        wa_id = self.wa_id

        user_id = self.user_id

        parent_user_id = self.parent_user_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "messaging_product": messaging_product,
        }
        if wa_id is not None:
            field_dict["wa_id"] = wa_id
        if user_id is not None:
            field_dict["user_id"] = user_id
        if parent_user_id is not None:
            field_dict["parent_user_id"] = parent_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = d.pop("messaging_product")

        wa_id = d.pop("wa_id", None)

        user_id = d.pop("user_id", None)

        parent_user_id = d.pop("parent_user_id", None)

        blocked_user = cls(
            messaging_product=messaging_product,
            wa_id=wa_id,
            user_id=user_id,
            parent_user_id=parent_user_id,
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
