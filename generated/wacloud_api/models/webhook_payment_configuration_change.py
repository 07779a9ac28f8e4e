from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookPaymentConfigurationChange")


@_attrs_define
class WebhookPaymentConfigurationChange:
    """A `payment_configuration_update` change.

    Example:
        {'field': 'payment_configuration_update', 'value': {'configuration_name': 'razorpay-prod', 'provider_name':
            'razorpay', 'provider_mid': 'acc_GP4lfNA0iIMn5B', 'status': 'Active', 'created_timestamp': 1748827100,
            'updated_timestamp': 1749320300}}

    """

    field: Literal["payment_configuration_update"]
    """ The subscribed field: always `payment_configuration_update` for this variant. """
    value: WebhookPaymentConfigurationValue
    """ A payment configuration (Payments API India and Brazil) was connected to or disconnected from its payment
    gateway, or became active. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        value = self.value.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "field": field,
            "value": value,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = cast(Literal["payment_configuration_update"], d.pop("field"))
        if field != "payment_configuration_update":
            raise ValueError(f"field must match const 'payment_configuration_update', got '{field}'")

        value = WebhookPaymentConfigurationValue.from_dict(d.pop("value"))

        webhook_payment_configuration_change = cls(
            field=field,
            value=value,
        )

        webhook_payment_configuration_change.additional_properties = d
        return webhook_payment_configuration_change

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
from ..models.webhook_payment_configuration_value import WebhookPaymentConfigurationValue  # noqa: E402
