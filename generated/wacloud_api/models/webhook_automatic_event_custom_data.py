from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAutomaticEventCustomData")


@_attrs_define
class WebhookAutomaticEventCustomData:
    """The purchase's amount.

    Example:
        {'currency': 'USD', 'value': 25000}

    """

    currency: str | None = None
    """ The currency code, e.g. `USD`. """
    value: int | None = None
    """ The purchase amount multiplied by 1000 (`25000` is 25.00). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        value = self.value

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if currency is not None:
            field_dict["currency"] = currency
        if value is not None:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency", None)

        value = d.pop("value", None)

        webhook_automatic_event_custom_data = cls(
            currency=currency,
            value=value,
        )

        webhook_automatic_event_custom_data.additional_properties = d
        return webhook_automatic_event_custom_data

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
