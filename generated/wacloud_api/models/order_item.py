from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderItem")


@_attrs_define
class OrderItem:
    """One item of an order.

    Example:
        {'retailer_id': '1234567', 'name': 'bread', 'amount': {'value': 1000, 'offset': 100}, 'quantity': 1}

    """

    name: str
    """ Item name. """
    amount: PaymentAmount
    """ An amount of money as `value / offset`. """
    quantity: int
    """ How many. """
    retailer_id: str | None = None
    """ The product's retailer id (SKU). """
    sale_amount: PaymentAmount | None = None
    """ An amount of money as `value / offset`. """
    country_of_origin: str | None = None
    """ India, physical goods: country of origin. """
    importer_name: str | None = None
    """ India, physical goods: importer name. """
    importer_address: JsonObject | None = None
    """ A free-form JSON object whose keys are defined by the caller (Flow data, payloads). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        amount = self.amount.to_dict()

        quantity = self.quantity

        retailer_id = self.retailer_id

        sale_amount: dict[str, Any] | None = None
        if self.sale_amount is not None:
            sale_amount = self.sale_amount.to_dict()

        country_of_origin = self.country_of_origin

        importer_name = self.importer_name

        importer_address: dict[str, Any] | None = None
        if self.importer_address is not None:
            importer_address = self.importer_address.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": name,
            "amount": amount,
            "quantity": quantity,
        }
        if retailer_id is not None:
            field_dict["retailer_id"] = retailer_id
        if sale_amount is not None:
            field_dict["sale_amount"] = sale_amount
        if country_of_origin is not None:
            field_dict["country_of_origin"] = country_of_origin
        if importer_name is not None:
            field_dict["importer_name"] = importer_name
        if importer_address is not None:
            field_dict["importer_address"] = importer_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        amount = PaymentAmount.from_dict(d.pop("amount"))

        quantity = d.pop("quantity")

        retailer_id = d.pop("retailer_id", None)

        _sale_amount = d.pop("sale_amount", None)
        sale_amount: PaymentAmount | None
        if _sale_amount is None:
            sale_amount = None
        else:
            sale_amount = PaymentAmount.from_dict(_sale_amount)

        country_of_origin = d.pop("country_of_origin", None)

        importer_name = d.pop("importer_name", None)

        _importer_address = d.pop("importer_address", None)
        importer_address: JsonObject | None
        if _importer_address is None:
            importer_address = None
        else:
            importer_address = JsonObject.from_dict(_importer_address)

        order_item = cls(
            name=name,
            amount=amount,
            quantity=quantity,
            retailer_id=retailer_id,
            sale_amount=sale_amount,
            country_of_origin=country_of_origin,
            importer_name=importer_name,
            importer_address=importer_address,
        )

        order_item.additional_properties = d
        return order_item

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
from ..models.json_object import JsonObject  # noqa: E402
from ..models.payment_amount import PaymentAmount  # noqa: E402
