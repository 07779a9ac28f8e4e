from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupInviteLink")


@_attrs_define
class GroupInviteLink:
    """A group's invite link.

    Example:
        {'messaging_product': 'whatsapp', 'invite_link': 'https://chat.whatsapp.com/BwEEU01Yuod1zPiapnbXqO'}

    """

    invite_link: str
    """ The link, `https://chat.whatsapp.com/…`. """
    messaging_product: str | None = None
    """ Always `whatsapp`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invite_link = self.invite_link

        messaging_product = self.messaging_product

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "invite_link": invite_link,
        }
        if messaging_product is not None:
            field_dict["messaging_product"] = messaging_product

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invite_link = d.pop("invite_link")

        messaging_product = d.pop("messaging_product", None)

        group_invite_link = cls(
            invite_link=invite_link,
            messaging_product=messaging_product,
        )

        group_invite_link.additional_properties = d
        return group_invite_link

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
