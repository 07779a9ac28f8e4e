from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentConfigurationName")


@_attrs_define
class PaymentConfigurationName:
    """Names a payment configuration.

    Example:
        {'configuration_name': 'test-payment-configuration'}

    """

    configuration_name: str
    """ The configuration's name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configuration_name = self.configuration_name

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "configuration_name": configuration_name,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        configuration_name = d.pop("configuration_name")

        payment_configuration_name = cls(
            configuration_name=configuration_name,
        )

        payment_configuration_name.additional_properties = d
        return payment_configuration_name

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
