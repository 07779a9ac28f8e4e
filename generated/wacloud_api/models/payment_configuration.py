from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentConfiguration")


@_attrs_define
class PaymentConfiguration:
    """A payment configuration.

    Example:
        {'configuration_name': 'upi-configuration', 'provider_name': 'upi_vpa', 'status': 'Active'}

    """

    configuration_name: str
    """ The configuration's name. """
    provider_name: str | None = None
    """ `upi_vpa`, `razorpay`, `payu` or `zaakpay`. """
    provider_mid: str | None = None
    """ The merchant id at the gateway. """
    merchant_vpa: str | None = None
    """ The UPI VPA (`upi_vpa` configurations). """
    status: str | None = None
    """ `Active`, `Needs_Connecting` or `Needs_Testing`. """
    merchant_category_code: PaymentCode | None = None
    """ A merchant category code or purpose code. """
    purpose_code: PaymentCode | None = None
    """ A merchant category code or purpose code. """
    created_timestamp: int | None = None
    """ Created (unix seconds). """
    updated_timestamp: int | None = None
    """ Last changed (unix seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configuration_name = self.configuration_name

        provider_name = self.provider_name

        provider_mid = self.provider_mid

        merchant_vpa = self.merchant_vpa

        status = self.status

        merchant_category_code: dict[str, Any] | None = None
        if self.merchant_category_code is not None:
            merchant_category_code = self.merchant_category_code.to_dict()

        purpose_code: dict[str, Any] | None = None
        if self.purpose_code is not None:
            purpose_code = self.purpose_code.to_dict()

        created_timestamp = self.created_timestamp

        updated_timestamp = self.updated_timestamp

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "configuration_name": configuration_name,
        }
        if provider_name is not None:
            field_dict["provider_name"] = provider_name
        if provider_mid is not None:
            field_dict["provider_mid"] = provider_mid
        if merchant_vpa is not None:
            field_dict["merchant_vpa"] = merchant_vpa
        if status is not None:
            field_dict["status"] = status
        if merchant_category_code is not None:
            field_dict["merchant_category_code"] = merchant_category_code
        if purpose_code is not None:
            field_dict["purpose_code"] = purpose_code
        if created_timestamp is not None:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not None:
            field_dict["updated_timestamp"] = updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        configuration_name = d.pop("configuration_name")

        provider_name = d.pop("provider_name", None)

        provider_mid = d.pop("provider_mid", None)

        merchant_vpa = d.pop("merchant_vpa", None)

        status = d.pop("status", None)

        _merchant_category_code = d.pop("merchant_category_code", None)
        merchant_category_code: PaymentCode | None
        if _merchant_category_code is None:
            merchant_category_code = None
        else:
            merchant_category_code = PaymentCode.from_dict(_merchant_category_code)

        _purpose_code = d.pop("purpose_code", None)
        purpose_code: PaymentCode | None
        if _purpose_code is None:
            purpose_code = None
        else:
            purpose_code = PaymentCode.from_dict(_purpose_code)

        created_timestamp = d.pop("created_timestamp", None)

        updated_timestamp = d.pop("updated_timestamp", None)

        payment_configuration = cls(
            configuration_name=configuration_name,
            provider_name=provider_name,
            provider_mid=provider_mid,
            merchant_vpa=merchant_vpa,
            status=status,
            merchant_category_code=merchant_category_code,
            purpose_code=purpose_code,
            created_timestamp=created_timestamp,
            updated_timestamp=updated_timestamp,
        )

        payment_configuration.additional_properties = d
        return payment_configuration

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
from ..models.payment_code import PaymentCode  # noqa: E402
