from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_configuration_update_provider_name import (
    PaymentConfigurationUpdateProviderName,
    check_payment_configuration_update_provider_name,
)

T = TypeVar("T", bound="PaymentConfigurationUpdate")


@_attrs_define
class PaymentConfigurationUpdate:
    """Payment configuration settings to change.

    Example:
        {'purpose_code': '01', 'merchant_category_code': '0001'}

    """

    provider_name: PaymentConfigurationUpdateProviderName | None = None
    """ The payment provider. """
    merchant_vpa: str | None = None
    """ The UPI VPA. """
    purpose_code: str | None = None
    """ The purpose code. """
    merchant_category_code: str | None = None
    """ The merchant category code. """
    redirect_url: str | None = None
    """ Where the gateway OAuth flow returns. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_name: str | None = None
        if self.provider_name is not None:
            provider_name = self.provider_name

        merchant_vpa = self.merchant_vpa

        purpose_code = self.purpose_code

        merchant_category_code = self.merchant_category_code

        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if provider_name is not None:
            field_dict["provider_name"] = provider_name
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
        _provider_name = d.pop("provider_name", None)
        provider_name: PaymentConfigurationUpdateProviderName | None
        if _provider_name is None:
            provider_name = None
        else:
            provider_name = check_payment_configuration_update_provider_name(_provider_name)

        merchant_vpa = d.pop("merchant_vpa", None)

        purpose_code = d.pop("purpose_code", None)

        merchant_category_code = d.pop("merchant_category_code", None)

        redirect_url = d.pop("redirect_url", None)

        payment_configuration_update = cls(
            provider_name=provider_name,
            merchant_vpa=merchant_vpa,
            purpose_code=purpose_code,
            merchant_category_code=merchant_category_code,
            redirect_url=redirect_url,
        )

        payment_configuration_update.additional_properties = d
        return payment_configuration_update

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
