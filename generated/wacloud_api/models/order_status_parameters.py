from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderStatusParameters")


@_attrs_define
class OrderStatusParameters:
    """Which order, and its status.

    Example:
        {'reference_id': 'order-1', 'order': {'status': 'processing', 'description': 'Being packed'}}

    """

    reference_id: str
    """ The `reference_id` of the `order_details` message. """
    order: OrderStatusValue
    """ The order's new status. """
    payment: OrderStatusPayment | None = None
    """ Brazil: the payment status, for orders paid outside WhatsApp. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_id = self.reference_id

        order = self.order.to_dict()

        payment: dict[str, Any] | None = None
        if self.payment is not None:
            payment = self.payment.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "reference_id": reference_id,
            "order": order,
        }
        if payment is not None:
            field_dict["payment"] = payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference_id = d.pop("reference_id")

        order = OrderStatusValue.from_dict(d.pop("order"))

        _payment = d.pop("payment", None)
        payment: OrderStatusPayment | None
        if _payment is None:
            payment = None
        else:
            payment = OrderStatusPayment.from_dict(_payment)

        order_status_parameters = cls(
            reference_id=reference_id,
            order=order,
            payment=payment,
        )

        order_status_parameters.additional_properties = d
        return order_status_parameters

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
from ..models.order_status_payment import OrderStatusPayment  # noqa: E402
from ..models.order_status_value import OrderStatusValue  # noqa: E402
