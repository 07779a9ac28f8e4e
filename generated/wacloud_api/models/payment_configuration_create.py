from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_configuration_create_provider_name import (
    PaymentConfigurationCreateProviderName,
    check_payment_configuration_create_provider_name,
)

T = TypeVar("T", bound="PaymentConfigurationCreate")


@_attrs_define
class PaymentConfigurationCreate:
    """A payment configuration to create.

    Example:
        {'configuration_name': 'test-payment-configuration', 'provider_name': 'razorpay', 'redirect_url': 'https://test-
            redirect-url.com'}

    """

    configuration_name: str
    """ A name unique within the WABA (letters, digits, `_` and `-`). """
    provider_name: PaymentConfigurationCreateProviderName
    """ The payment provider. """
    merchant_vpa: str | None = None
    """ The UPI VPA (required for `upi_vpa`). """
    purpose_code: str | None = None
    """ The purpose code. """
    merchant_category_code: str | None = None
    """ The merchant category code. """
    redirect_url: str | None = None
    """ Where the gateway OAuth flow returns (required for gateways). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configuration_name = self.configuration_name

        provider_name: str = self.provider_name

        merchant_vpa = self.merchant_vpa

        purpose_code = self.purpose_code

        merchant_category_code = self.merchant_category_code

        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "configuration_name": configuration_name,
            "provider_name": provider_name,
        }
        if merchant_vpa is not None:
            field_dict["merchant_vpa"] = merchant_vpa
        if purpose_code is not None:
            field_dict["purpose_code"] = purpose_code
        if merchant_category_code is not None:
            field_dict["merchant_category_code"] = merchant_category_code
        if redirect_url is not None:
            field_dict["redirect_url"] = redirect_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        configuration_name = d.pop("configuration_name")

        provider_name = check_payment_configuration_create_provider_name(d.pop("provider_name"))

        merchant_vpa = d.pop("merchant_vpa", None)

        purpose_code = d.pop("purpose_code", None)

        merchant_category_code = d.pop("merchant_category_code", None)

        redirect_url = d.pop("redirect_url", None)

        payment_configuration_create = cls(
            configuration_name=configuration_name,
            provider_name=provider_name,
            merchant_vpa=merchant_vpa,
            purpose_code=purpose_code,
            merchant_category_code=merchant_category_code,
            redirect_url=redirect_url,
        )

        payment_configuration_create.additional_properties = d
        return payment_configuration_create

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
