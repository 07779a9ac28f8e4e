from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookOrder")


@_attrs_define
class WebhookOrder:
    """Content of an order message.

    Example:
        {'catalog_id': '194836987003835', 'text': '', 'product_items': [{'product_retailer_id': 'di9ozbzfi4',
            'quantity': 2, 'item_price': 30, 'currency': 'USD'}, {'product_retailer_id': 'nqryix03ez', 'quantity': 1,
            'item_price': 25, 'currency': 'USD'}]}

    """

    catalog_id: str | None = None
    """ Catalog id. """
    text: str | None = None
    """ Text sent with the order. """
    product_items: list[WebhookOrderItem] | None = None
    """ Ordered products. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_id = self.catalog_id

        text = self.text

        product_items: list[dict[str, Any]] | None = None
        if self.product_items is not None:
            product_items = [product_items_item_data.to_dict() for product_items_item_data in self.product_items]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if catalog_id is not None:
            field_dict["catalog_id"] = catalog_id
        if text is not None:
            field_dict["text"] = text
        if product_items is not None:
            field_dict["product_items"] = product_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        catalog_id = d.pop("catalog_id", None)

        text = d.pop("text", None)

        _product_items = d.pop("product_items", None)
        product_items: list[WebhookOrderItem] | None = None
        if _product_items is not None:
            product_items = []
            for product_items_item_data in _product_items:
                product_items_item = WebhookOrderItem.from_dict(product_items_item_data)

                product_items.append(product_items_item)

        webhook_order = cls(
            catalog_id=catalog_id,
            text=text,
            product_items=product_items,
        )

        webhook_order.additional_properties = d
        return webhook_order

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
from ..models.webhook_order_item import WebhookOrderItem  # noqa: E402
