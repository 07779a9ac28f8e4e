from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookOrderItem")


@_attrs_define
class WebhookOrderItem:
    """One product line of an order.

    Example:
        {'product_retailer_id': 'di9ozbzfi4', 'quantity': 2, 'item_price': 30, 'currency': 'USD'}

    """

    product_retailer_id: str | None = None
    """ Product retailer id. """
    quantity: int | None = None
    """ Quantity. """
    item_price: float | None = None
    """ Unit price. """
    currency: str | None = None
    """ ISO 4217 currency code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_retailer_id = self.product_retailer_id

        quantity = self.quantity

        item_price = self.item_price

        currency = self.currency

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if product_retailer_id is not None:
            field_dict["product_retailer_id"] = product_retailer_id
        if quantity is not None:
            field_dict["quantity"] = quantity
        if item_price is not None:
            field_dict["item_price"] = item_price
        if currency is not None:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_retailer_id = d.pop("product_retailer_id", None)

        quantity = d.pop("quantity", None)

        item_price = d.pop("item_price", None)

        currency = d.pop("currency", None)

        webhook_order_item = cls(
            product_retailer_id=product_retailer_id,
            quantity=quantity,
            item_price=item_price,
            currency=currency,
        )

        webhook_order_item.additional_properties = d
        return webhook_order_item

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
