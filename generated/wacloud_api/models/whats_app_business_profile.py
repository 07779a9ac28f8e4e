from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WhatsAppBusinessProfile")


@_attrs_define
class WhatsAppBusinessProfile:
    """The business profile node (the profile fields and the node's own id).

    Example:
        {'id': '1938475610293847', 'about': 'Succulent specialists!', 'vertical': 'RETAIL'}

    """

    messaging_product: str
    """ Always `whatsapp`. """
    about: str | None = None
    """ The "About" text under the profile picture. """
    address: str | None = None
    """ The business address. """
    description: str | None = None
    """ The business description. """
    email: str | None = None
    """ The contact email. """
    profile_picture_url: str | None = None
    """ URL of the profile picture. """
    websites: list[str] | None = None
    """ Up to two websites. """
    vertical: str | None = None
    """ Industry, e.g. `RETAIL`, `RESTAURANT`, `EDU`, `OTHER` (open-ended; `UNDEFINED` when not set). """
    id: str | None = None
    """ The profile's id (not the phone number id). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        about = self.about

        address = self.address

        description = self.description

        email = self.email

        profile_picture_url = self.profile_picture_url

        websites: list[str] | None = None
        if self.websites is not None:
            websites = self.websites

        vertical = self.vertical

        id = self.id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "messaging_product": messaging_product,
        }
        if about is not None:
            field_dict["about"] = about
        if address is not None:
            field_dict["address"] = address
        if description is not None:
            field_dict["description"] = description
        if email is not None:
            field_dict["email"] = email
        if profile_picture_url is not None:
            field_dict["profile_picture_url"] = profile_picture_url
        if websites is not None:
            field_dict["websites"] = websites
        if vertical is not None:
            field_dict["vertical"] = vertical
        if id is not None:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = d.pop("messaging_product")

        about = d.pop("about", None)

        address = d.pop("address", None)

        description = d.pop("description", None)

        email = d.pop("email", None)

        profile_picture_url = d.pop("profile_picture_url", None)

        websites = cast(list[str], d.pop("websites", None))

        vertical = d.pop("vertical", None)

        id = d.pop("id", None)

        whats_app_business_profile = cls(
            messaging_product=messaging_product,
            about=about,
            address=address,
            description=description,
            email=email,
            profile_picture_url=profile_picture_url,
            websites=websites,
            vertical=vertical,
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
