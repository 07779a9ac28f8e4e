from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderDetailsAction")


@_attrs_define
class OrderDetailsAction:
    """The "Review and pay" button and the order.

    Example:
        {'name': 'review_and_pay', 'parameters': {'reference_id': 'order-1', 'type': 'digital-goods', 'currency': 'INR',
            'total_amount': {'value': 1100, 'offset': 100}, 'order': {'status': 'pending', 'items': [], 'subtotal':
            {'value': 1000, 'offset': 100}, 'tax': {'value': 100, 'offset': 100}}}}

    """

    parameters: OrderDetailsParameters
    """ An order to pay. India: `payment_type` (`upi`, or a gateway such as `payment_gateway:razorpay`) and
    `payment_configuration`, currency `INR`. Brazil: `payment_settings` (Pix dynamic code, payment link,
    boleto), currency `BRL`. Amounts are integers: `value` / `offset` (1100 with offset 100 is 11.00).
     """
    name: Literal["review_and_pay"] = "review_and_pay"
    """ Always `review_and_pay`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": name,
            "parameters": parameters,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["review_and_pay"], d.pop("name"))
        if name != "review_and_pay":
            raise ValueError(f"name must match const 'review_and_pay', got '{name}'")

        parameters = OrderDetailsParameters.from_dict(d.pop("parameters"))

        order_details_action = cls(
            name=name,
            parameters=parameters,
        )

        order_details_action.additional_properties = d
        return order_details_action

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
from ..models.order_details_parameters import OrderDetailsParameters  # noqa: E402
