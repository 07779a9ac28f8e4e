from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.business_profile_update_vertical import (
    BusinessProfileUpdateVertical,
    check_business_profile_update_vertical,
)

T = TypeVar("T", bound="BusinessProfileUpdate")


@_attrs_define
class BusinessProfileUpdate:
    """Profile fields to change; omitted fields are left unchanged.

    Example:
        {'messaging_product': 'whatsapp', 'about': 'Succulent specialists!', 'websites':
            ['https://www.luckyshrub.com/'], 'vertical': 'RETAIL'}

    """

    messaging_product: Literal["whatsapp"] = "whatsapp"
    """ Always `whatsapp`. """
    about: str | None = None
    """ The "About" text (1 to 139 characters; emojis allowed, markdown not). """
    address: str | None = None
    """ The business address (up to 256 characters). """
    description: str | None = None
    """ The business description (up to 512 characters). """
    email: str | None = None
    """ The contact email, in a valid email format (up to 128 characters). """
    profile_picture_handle: str | None = None
    """ Handle of a picture uploaded with the resumable upload API, to set as the profile picture. """
    vertical: BusinessProfileUpdateVertical | None = None
    """ The business's industry. """
    websites: list[str] | None = None
    """ Up to two websites, each with an `http://` or `https://` prefix (up to 256 characters). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        about = self.about

        address = self.address

        description = self.description

        email = self.email

        profile_picture_handle = self.profile_picture_handle

        vertical: str | None = None
        if self.vertical is not None:
            vertical = self.vertical

        websites: list[str] | None = None
        if self.websites is not None:
            websites = self.websites

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
        if profile_picture_handle is not None:
            field_dict["profile_picture_handle"] = profile_picture_handle
        if vertical is not None:
            field_dict["vertical"] = vertical
        if websites is not None:
            field_dict["websites"] = websites

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = cast(Literal["whatsapp"], d.pop("messaging_product"))
        if messaging_product != "whatsapp":
            raise ValueError(f"messaging_product must match const 'whatsapp', got '{messaging_product}'")

        about = d.pop("about", None)

        address = d.pop("address", None)

        description = d.pop("description", None)

        email = d.pop("email", None)

        profile_picture_handle = d.pop("profile_picture_handle", None)

        _vertical = d.pop("vertical", None)
        vertical: BusinessProfileUpdateVertical | None
        if _vertical is None:
            vertical = None
        else:
            vertical = check_business_profile_update_vertical(_vertical)

        websites = cast(list[str], d.pop("websites", None))

        business_profile_update = cls(
            messaging_product=messaging_product,
            about=about,
            address=address,
            description=description,
            email=email,
            profile_picture_handle=profile_picture_handle,
            vertical=vertical,
            websites=websites,
        )

        business_profile_update.additional_properties = d
        return business_profile_update

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
