from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signup_update_status import SignupUpdateStatus, check_signup_update_status

T = TypeVar("T", bound="SignupUpdate")


@_attrs_define
class SignupUpdate:
    """Signup settings to change; omitted ones are left unchanged.

    Example:
        {'status': 'DISABLED'}

    """

    status: SignupUpdateStatus | None = None
    """ Enable or disable the link. """
    signup_message: str | None = None
    """ The text on the consent screen. """
    confirmation_message: str | None = None
    """ The message sent after opting in. """
    website_url: str | None = None
    """ Your website. """
    promo_code: str | None = None
    """ The promo code. """
    display_name: str | None = None
    """ Your nickname for the link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | None = None
        if self.status is not None:
            status = self.status

        signup_message = self.signup_message

        confirmation_message = self.confirmation_message

        website_url = self.website_url

        promo_code = self.promo_code

        display_name = self.display_name

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if status is not None:
            field_dict["status"] = status
        if signup_message is not None:
            field_dict["signup_message"] = signup_message
        if confirmation_message is not None:
            field_dict["confirmation_message"] = confirmation_message
        if website_url is not None:
            field_dict["website_url"] = website_url
        if promo_code is not None:
            field_dict["promo_code"] = promo_code
        if display_name is not None:
            field_dict["display_name"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", None)
        status: SignupUpdateStatus | None
        if _status is None:
            status = None
        else:
            status = check_signup_update_status(_status)

        signup_message = d.pop("signup_message", None)

        confirmation_message = d.pop("confirmation_message", None)

        website_url = d.pop("website_url", None)

        promo_code = d.pop("promo_code", None)

        display_name = d.pop("display_name", None)

        signup_update = cls(
            status=status,
            signup_message=signup_message,
            confirmation_message=confirmation_message,
            website_url=website_url,
            promo_code=promo_code,
            display_name=display_name,
        )

        signup_update.additional_properties = d
        return signup_update

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
