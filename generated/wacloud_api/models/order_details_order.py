from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderDetailsOrder")


@_attrs_define
class OrderDetailsOrder:
    """The order's items and totals.

    Example:
        {'status': 'pending', 'items': [{'retailer_id': '1234567', 'name': 'bread', 'amount': {'value': 1000, 'offset':
            100}, 'quantity': 1}], 'subtotal': {'value': 1000, 'offset': 100}, 'tax': {'value': 100, 'offset': 100}}

    """

    status: str
    """ Always `pending` when asking for payment. """
    items: list[OrderItem]
    """ The items ordered. """
    subtotal: PaymentAmount
    """ An amount of money as `value / offset`. """
    catalog_id: str | None = None
    """ Catalog of the items, when they come from one. """
    expiration: OrderExpiration | None = None
    """ When the order can no longer be paid. """
    tax: PaymentAmount | None = None
    """ An amount of money as `value / offset`. """
    shipping: PaymentAmount | None = None
    """ An amount of money as `value / offset`. """
    discount: PaymentAmount | None = None
    """ An amount of money as `value / offset`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        items = [items_item_data.to_dict() for items_item_data in self.items]

        subtotal = self.subtotal.to_dict()

        catalog_id = self.catalog_id

        expiration: dict[str, Any] | None = None
        if self.expiration is not None:
            expiration = self.expiration.to_dict()

        tax: dict[str, Any] | None = None
        if self.tax is not None:
            tax = self.tax.to_dict()

        shipping: dict[str, Any] | None = None
        if self.shipping is not None:
            shipping = self.shipping.to_dict()

        discount: dict[str, Any] | None = None
        if self.discount is not None:
            discount = self.discount.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "status": status,
            "items": items,
            "subtotal": subtotal,
        }
        if catalog_id is not None:
            field_dict["catalog_id"] = catalog_id
        if expiration is not None:
            field_dict["expiration"] = expiration
        if tax is not None:
            field_dict["tax"] = tax
        if shipping is not None:
            field_dict["shipping"] = shipping
        if discount is not None:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = OrderItem.from_dict(items_item_data)

            items.append(items_item)

        subtotal = PaymentAmount.from_dict(d.pop("subtotal"))

        catalog_id = d.pop("catalog_id", None)

        _expiration = d.pop("expiration", None)
        expiration: OrderExpiration | None
        if _expiration is None:
            expiration = None
        else:
            expiration = OrderExpiration.from_dict(_expiration)

        _tax = d.pop("tax", None)
        tax: PaymentAmount | None
        if _tax is None:
            tax = None
        else:
            tax = PaymentAmount.from_dict(_tax)

        _shipping = d.pop("shipping", None)
        shipping: PaymentAmount | None
        if _shipping is None:
            shipping = None
        else:
            shipping = PaymentAmount.from_dict(_shipping)

        _discount = d.pop("discount", None)
        discount: PaymentAmount | None
        if _discount is None:
            discount = None
        else:
            discount = PaymentAmount.from_dict(_discount)

        order_details_order = cls(
            status=status,
            items=items,
            subtotal=subtotal,
            catalog_id=catalog_id,
            expiration=expiration,
            tax=tax,
            shipping=shipping,
            discount=discount,
        )

        order_details_order.additional_properties = d
        return order_details_order

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
from ..models.order_expiration import OrderExpiration  # noqa: E402
from ..models.order_item import OrderItem  # noqa: E402
from ..models.payment_amount import PaymentAmount  # noqa: E402
