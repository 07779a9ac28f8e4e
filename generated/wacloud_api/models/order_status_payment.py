from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderStatusPayment")


@_attrs_define
class OrderStatusPayment:
    """Brazil: the payment status, for orders paid outside WhatsApp.

    Example:
        {'status': 'captured', 'timestamp': 1700000000}

    """

    status: str | None = None
    """ `pending` or `captured`. """
    timestamp: int | None = None
    """ When it was paid, unix seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if status is not None:
            field_dict["status"] = status
        if timestamp is not None:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", None)

        timestamp = d.pop("timestamp", None)

        order_status_payment = cls(
            status=status,
            timestamp=timestamp,
        )

        order_status_payment.additional_properties = d
        return order_status_payment

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
