from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookPaymentConfigurationValue")


@_attrs_define
class WebhookPaymentConfigurationValue:
    """A payment configuration (Payments API India and Brazil) was connected to or disconnected from its payment gateway,
    or became active.

        Example:
            {'configuration_name': 'razorpay-prod', 'provider_name': 'razorpay', 'provider_mid': 'acc_GP4lfNA0iIMn5B',
                'status': 'Needs Connecting', 'created_timestamp': 1748827100, 'updated_timestamp': 1749320300}

    """

    configuration_name: str | None = None
    """ The payment configuration's name, used in `order_details` messages. """
    provider_name: str | None = None
    """ The payment gateway, e.g. `razorpay`, `payu`, `billdesk`, `zaakpay` (open-ended). """
    provider_mid: str | None = None
    """ The merchant account id at the payment gateway. """
    status: str | None = None
    """ `Active`, `Needs Connecting` or `Needs Testing` (open-ended). """
    created_timestamp: int | None = None
    """ When the configuration was created (Unix seconds). """
    updated_timestamp: int | None = None
    """ When the configuration was updated (Unix seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configuration_name = self.configuration_name

        provider_name = self.provider_name

        provider_mid = self.provider_mid

        status = self.status

        created_timestamp = self.created_timestamp

        updated_timestamp = self.updated_timestamp

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if configuration_name is not None:
            field_dict["configuration_name"] = configuration_name
        if provider_name is not None:
            field_dict["provider_name"] = provider_name
        if provider_mid is not None:
            field_dict["provider_mid"] = provider_mid
        if status is not None:
            field_dict["status"] = status
        if created_timestamp is not None:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not None:
            field_dict["updated_timestamp"] = updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        configuration_name = d.pop("configuration_name", None)

        provider_name = d.pop("provider_name", None)

        provider_mid = d.pop("provider_mid", None)

        status = d.pop("status", None)

        created_timestamp = d.pop("created_timestamp", None)

        updated_timestamp = d.pop("updated_timestamp", None)

        webhook_payment_configuration_value = cls(
            configuration_name=configuration_name,
            provider_name=provider_name,
            provider_mid=provider_mid,
            status=status,
            created_timestamp=created_timestamp,
            updated_timestamp=updated_timestamp,
        )

        webhook_payment_configuration_value.additional_properties = d
        return webhook_payment_configuration_value

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
