from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsAppBusinessProfile")


@_attrs_define
class WhatsAppBusinessProfile:
    """The business profile node (the profile fields and the node's own id).

    Example:
        {'id': '1938475610293847', 'about': 'Succulent specialists!', 'vertical': 'RETAIL'}

    """

    about: str | Unset = UNSET
    """ The "About" text under the profile picture. """
    address: str | Unset = UNSET
    """ The business address. """
    description: str | Unset = UNSET
    """ The business description. """
    email: str | Unset = UNSET
    """ The contact email. """
    profile_picture_url: str | Unset = UNSET
    """ URL of the profile picture. """
    websites: list[str] | Unset = UNSET
    """ Up to two websites. """
    vertical: str | Unset = UNSET
    """ Industry, e.g. `RETAIL`, `RESTAURANT`, `EDU`, `OTHER` (open-ended; `UNDEFINED` when not set). """
    messaging_product: str | Unset = UNSET
    """ Always `whatsapp`. """
    id: str | Unset = UNSET
    """ The profile's id (not the phone number id). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        about = self.about

        address = self.address

        description = self.description

        email = self.email

        profile_picture_url = self.profile_picture_url

        websites: list[str] | Unset = UNSET
        if not isinstance(self.websites, Unset):
            websites = self.websites

        vertical = self.vertical

        messaging_product = self.messaging_product

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if about is not UNSET:
            field_dict["about"] = about
        if address is not UNSET:
            field_dict["address"] = address
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if profile_picture_url is not UNSET:
            field_dict["profile_picture_url"] = profile_picture_url
        if websites is not UNSET:
            field_dict["websites"] = websites
        if vertical is not UNSET:
            field_dict["vertical"] = vertical
        if messaging_product is not UNSET:
            field_dict["messaging_product"] = messaging_product
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        about = d.pop("about", UNSET)

        address = d.pop("address", UNSET)

        description = d.pop("description", UNSET)

        email = d.pop("email", UNSET)

        profile_picture_url = d.pop("profile_picture_url", UNSET)

        websites = cast(list[str], d.pop("websites", UNSET))

        vertical = d.pop("vertical", UNSET)

        messaging_product = d.pop("messaging_product", UNSET)

        id = d.pop("id", UNSET)

        whats_app_business_profile = cls(
            about=about,
            address=address,
            description=description,
            email=email,
            profile_picture_url=profile_picture_url,
            websites=websites,
            vertical=vertical,
            messaging_product=messaging_product,
            id=id,
        )

        whats_app_business_profile.additional_properties = d
        return whats_app_business_profile

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
