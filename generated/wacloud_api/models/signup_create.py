from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SignupCreate")


@_attrs_define
class SignupCreate:
    """A signup to create.

    Example:
        {'signup_message': 'Tap to subscribe.', 'confirmation_message': 'Thanks!', 'privacy_policy_url':
            'https://www.luckyshrub.com/privacy'}

    """

    signup_message: str
    """ The text on the consent screen (1-300 characters, WhatsApp formatting allowed). """
    confirmation_message: str
    """ Sent right after opting in (1-300 characters); `{{promo_code}}` is replaced by `promo_code`. """
    privacy_policy_url: str
    """ Your privacy policy (`http://` or `https://`); cannot be changed later. """
    website_url: str | None = None
    """ Your website (`https://`). """
    promo_code: str | None = None
    """ A promo code (letters and digits, 1-50). """
    display_name: str | None = None
    """ Your nickname for the link (1-256 characters, not shown to users). """
    policy: SignupPolicy | None = None
    """ Your acceptance of the In-App Signup terms. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signup_message = self.signup_message

        confirmation_message = self.confirmation_message

        privacy_policy_url = self.privacy_policy_url

        website_url = self.website_url

        promo_code = self.promo_code

        display_name = self.display_name

        policy: dict[str, Any] | None = None
        if self.policy is not None:
            policy = self.policy.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "signup_message": signup_message,
            "confirmation_message": confirmation_message,
            "privacy_policy_url": privacy_policy_url,
        }
        if website_url is not None:
            field_dict["website_url"] = website_url
        if promo_code is not None:
            field_dict["promo_code"] = promo_code
        if display_name is not None:
            field_dict["display_name"] = display_name
        if policy is not None:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        signup_message = d.pop("signup_message")

        confirmation_message = d.pop("confirmation_message")

        privacy_policy_url = d.pop("privacy_policy_url")

        website_url = d.pop("website_url", None)

        promo_code = d.pop("promo_code", None)

        display_name = d.pop("display_name", None)

        _policy = d.pop("policy", None)
        policy: SignupPolicy | None
        if _policy is None:
            policy = None
        else:
            policy = SignupPolicy.from_dict(_policy)

        signup_create = cls(
            signup_message=signup_message,
            confirmation_message=confirmation_message,
            privacy_policy_url=privacy_policy_url,
            website_url=website_url,
            promo_code=promo_code,
            display_name=display_name,
            policy=policy,
        )

        signup_create.additional_properties = d
        return signup_create

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


# Imported once the class above exists: models refer to each other, and importing here breaks the cycle.
from ..models.signup_policy import SignupPolicy  # noqa: E402
