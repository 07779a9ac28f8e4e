from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_code import PaymentCode


T = TypeVar("T", bound="PaymentConfiguration")


@_attrs_define
class PaymentConfiguration:
    """A payment configuration.

    Example:
        {'configuration_name': 'upi-configuration', 'provider_name': 'upi_vpa', 'status': 'Active'}

    """

    configuration_name: str
    """ The configuration's name. """
    provider_name: str | Unset = UNSET
    """ `upi_vpa`, `razorpay`, `payu` or `zaakpay`. """
    provider_mid: str | Unset = UNSET
    """ The merchant id at the gateway. """
    merchant_vpa: str | Unset = UNSET
    """ The UPI VPA (`upi_vpa` configurations). """
    status: str | Unset = UNSET
    """ `Active`, `Needs_Connecting` or `Needs_Testing`. """
    merchant_category_code: PaymentCode | Unset = UNSET
    """ A merchant category code or purpose code. """
    purpose_code: PaymentCode | Unset = UNSET
    """ A merchant category code or purpose code. """
    created_timestamp: int | Unset = UNSET
    """ Created (unix seconds). """
    updated_timestamp: int | Unset = UNSET
    """ Last changed (unix seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configuration_name = self.configuration_name

        provider_name = self.provider_name

        provider_mid = self.provider_mid

        merchant_vpa = self.merchant_vpa

        status = self.status

        merchant_category_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_category_code, Unset):
            merchant_category_code = self.merchant_category_code.to_dict()

        purpose_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purpose_code, Unset):
            purpose_code = self.purpose_code.to_dict()

        created_timestamp = self.created_timestamp

        updated_timestamp = self.updated_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configuration_name": configuration_name,
            }
        )
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if provider_mid is not UNSET:
            field_dict["provider_mid"] = provider_mid
        if merchant_vpa is not UNSET:
            field_dict["merchant_vpa"] = merchant_vpa
        if status is not UNSET:
            field_dict["status"] = status
        if merchant_category_code is not UNSET:
            field_dict["merchant_category_code"] = merchant_category_code
        if purpose_code is not UNSET:
            field_dict["purpose_code"] = purpose_code
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_code import PaymentCode  # noqa: PLC0415

        d = dict(src_dict)
        configuration_name = d.pop("configuration_name")

        provider_name = d.pop("provider_name", UNSET)

        provider_mid = d.pop("provider_mid", UNSET)

        merchant_vpa = d.pop("merchant_vpa", UNSET)

        status = d.pop("status", UNSET)

        _merchant_category_code = d.pop("merchant_category_code", UNSET)
        merchant_category_code: PaymentCode | Unset
        if isinstance(_merchant_category_code, Unset):
            merchant_category_code = UNSET
        else:
            merchant_category_code = PaymentCode.from_dict(_merchant_category_code)

        _purpose_code = d.pop("purpose_code", UNSET)
        purpose_code: PaymentCode | Unset
        if isinstance(_purpose_code, Unset):
            purpose_code = UNSET
        else:
            purpose_code = PaymentCode.from_dict(_purpose_code)

        created_timestamp = d.pop("created_timestamp", UNSET)

        updated_timestamp = d.pop("updated_timestamp", UNSET)

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
