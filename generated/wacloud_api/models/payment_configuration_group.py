from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentConfigurationGroup")


@_attrs_define
class PaymentConfigurationGroup:
    """The configurations of the account.

    Example:
        {'payment_configurations': [{'configuration_name': 'upi-configuration', 'provider_name': 'upi_vpa', 'status':
            'Active'}]}

    """

    payment_configurations: list[PaymentConfiguration] | None = None
    """ The configurations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_configurations: list[dict[str, Any]] | None = None
        if self.payment_configurations is not None:
            payment_configurations = [
                payment_configurations_item_data.to_dict()
                for payment_configurations_item_data in self.payment_configurations
            ]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if payment_configurations is not None:
            field_dict["payment_configurations"] = payment_configurations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _payment_configurations = d.pop("payment_configurations", None)
        payment_configurations: list[PaymentConfiguration] | None = None
        if _payment_configurations is not None:
            payment_configurations = []
            for payment_configurations_item_data in _payment_configurations:
                payment_configurations_item = PaymentConfiguration.from_dict(payment_configurations_item_data)

                payment_configurations.append(payment_configurations_item)

        payment_configuration_group = cls(
            payment_configurations=payment_configurations,
        )

        payment_configuration_group.additional_properties = d
        return payment_configuration_group

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
from ..models.payment_configuration import PaymentConfiguration  # noqa: E402
