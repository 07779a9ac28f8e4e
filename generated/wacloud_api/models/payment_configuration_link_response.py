from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="PaymentConfigurationLinkResponse")


@_attrs_define
class PaymentConfigurationLinkResponse:
    """The result of creating or updating a configuration, with the gateway OAuth link when one is needed.

    Example:
        {'success': True, 'oauth_url': 'https://www.facebook.com/payments/oauth/razorpay?token=abc123', 'expiration':
            1720765453}

    """

    success: bool
    """ Whether the change was saved. """
    oauth_url: str | None = None
    """ The link the business opens to connect its gateway account. """
    expiration: int | None = None
    """ When the link expires (unix seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        oauth_url = self.oauth_url

        expiration = self.expiration

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "success": success,
        }
        if oauth_url is not None:
            field_dict["oauth_url"] = oauth_url
        if expiration is not None:
            field_dict["expiration"] = expiration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = graph_bool(d.pop("success"))

        oauth_url = d.pop("oauth_url", None)

        expiration = d.pop("expiration", None)

        payment_configuration_link_response = cls(
            success=success,
            oauth_url=oauth_url,
            expiration=expiration,
        )

        payment_configuration_link_response.additional_properties = d
        return payment_configuration_link_response

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
