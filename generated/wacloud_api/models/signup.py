from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Signup")


@_attrs_define
class Signup:
    """An In-App Signup deep link.

    Example:
        {'id': '2362718094352617', 'status': 'ACTIVE'}

    """

    id: str
    """ The signup id. """
    status: str | None = None
    """ `ACTIVE` or `DISABLED`. """
    display_name: str | None = None
    """ Your nickname for the link (not shown to users). """
    signup_message: str | None = None
    """ The text on the consent screen. """
    confirmation_message: str | None = None
    """ The message sent after opting in. """
    privacy_policy_url: str | None = None
    """ Your privacy policy. """
    website_url: str | None = None
    """ Your website. """
    promo_code: str | None = None
    """ The promo code put into `{{promo_code}}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        display_name = self.display_name

        signup_message = self.signup_message

        confirmation_message = self.confirmation_message

        privacy_policy_url = self.privacy_policy_url

        website_url = self.website_url

        promo_code = self.promo_code

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if status is not None:
            field_dict["status"] = status
        if display_name is not None:
            field_dict["display_name"] = display_name
        if signup_message is not None:
            field_dict["signup_message"] = signup_message
        if confirmation_message is not None:
            field_dict["confirmation_message"] = confirmation_message
        if privacy_policy_url is not None:
            field_dict["privacy_policy_url"] = privacy_policy_url
        if website_url is not None:
            field_dict["website_url"] = website_url
        if promo_code is not None:
            field_dict["promo_code"] = promo_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status", None)

        display_name = d.pop("display_name", None)

        signup_message = d.pop("signup_message", None)

        confirmation_message = d.pop("confirmation_message", None)

        privacy_policy_url = d.pop("privacy_policy_url", None)

        website_url = d.pop("website_url", None)

        promo_code = d.pop("promo_code", None)

        signup = cls(
            id=id,
            status=status,
            display_name=display_name,
            signup_message=signup_message,
            confirmation_message=confirmation_message,
            privacy_policy_url=privacy_policy_url,
            website_url=website_url,
            promo_code=promo_code,
        )

        signup.additional_properties = d
        return signup

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
