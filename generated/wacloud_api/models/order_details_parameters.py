from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_details_parameters_type import OrderDetailsParametersType, check_order_details_parameters_type

T = TypeVar("T", bound="OrderDetailsParameters")


@_attrs_define
class OrderDetailsParameters:
    """An order to pay. India: `payment_type` (`upi`, or a gateway such as `payment_gateway:razorpay`) and
    `payment_configuration`, currency `INR`. Brazil: `payment_settings` (Pix dynamic code, payment link,
    boleto), currency `BRL`. Amounts are integers: `value` / `offset` (1100 with offset 100 is 11.00).

        Example:
            {'reference_id': 'order-1', 'type': 'physical-goods', 'currency': 'BRL', 'payment_settings': [{'type':
                'payment_link', 'payment_link': {'uri': 'https://pay.example.com/order-1'}}], 'total_amount': {'value': 5000,
                'offset': 100}, 'order': {'status': 'pending', 'items': [{'retailer_id': 'SKU-1', 'name': 'Shirt', 'amount':
                {'value': 5000, 'offset': 100}, 'quantity': 1}], 'subtotal': {'value': 5000, 'offset': 100}}}

    """

    reference_id: str
    """ Your unique order id, echoed in payment webhooks. """
    type_: OrderDetailsParametersType
    """ What is sold. """
    currency: str
    """ `INR` (India) or `BRL` (Brazil). """
    total_amount: PaymentAmount
    """ An amount of money as `value / offset`. """
    order: OrderDetailsOrder
    """ The order's items and totals. """
    payment_type: str | None = None
    """ India: `upi` or `payment_gateway:<gateway>`. """
    payment_configuration: str | None = None
    """ India: the payment configuration name set up in WhatsApp Manager. """
    payment_settings: list[BrazilPaymentSetting] | None = None
    """ Brazil: the ways to pay. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_id = self.reference_id

        type_: str = self.type_

        currency = self.currency

        total_amount = self.total_amount.to_dict()

        order = self.order.to_dict()

        payment_type = self.payment_type

        payment_configuration = self.payment_configuration

        payment_settings: list[dict[str, Any]] | None = None
        if self.payment_settings is not None:
            payment_settings = [
                payment_settings_item_data.to_dict() for payment_settings_item_data in self.payment_settings
            ]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "reference_id": reference_id,
            "type": type_,
            "currency": currency,
            "total_amount": total_amount,
            "order": order,
        }
        if payment_type is not None:
            field_dict["payment_type"] = payment_type
        if payment_configuration is not None:
            field_dict["payment_configuration"] = payment_configuration
        if payment_settings is not None:
            field_dict["payment_settings"] = payment_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference_id = d.pop("reference_id")

        type_ = check_order_details_parameters_type(d.pop("type"))

        currency = d.pop("currency")

        total_amount = PaymentAmount.from_dict(d.pop("total_amount"))

        order = OrderDetailsOrder.from_dict(d.pop("order"))

        payment_type = d.pop("payment_type", None)

        payment_configuration = d.pop("payment_configuration", None)

        _payment_settings = d.pop("payment_settings", None)
        payment_settings: list[BrazilPaymentSetting] | None = None
        if _payment_settings is not None:
            payment_settings = []
            for payment_settings_item_data in _payment_settings:
                payment_settings_item = BrazilPaymentSetting.from_dict(payment_settings_item_data)

                payment_settings.append(payment_settings_item)

        order_details_parameters = cls(
            reference_id=reference_id,
            type_=type_,
            currency=currency,
            total_amount=total_amount,
            order=order,
            payment_type=payment_type,
            payment_configuration=payment_configuration,
            payment_settings=payment_settings,
        )

        order_details_parameters.additional_properties = d
        return order_details_parameters

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
from ..models.brazil_payment_setting import BrazilPaymentSetting  # noqa: E402
from ..models.order_details_order import OrderDetailsOrder  # noqa: E402
from ..models.payment_amount import PaymentAmount  # noqa: E402
