from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductCardAction")


@_attrs_define
class ProductCardAction:
    """The product of a product card.

    Example:
        {'product_retailer_id': 'SKU-1', 'catalog_id': '367025965434465'}

    """

    product_retailer_id: str
    """ The product's retailer id (SKU). """
    catalog_id: str
    """ Catalog id connected to the WABA. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_retailer_id = self.product_retailer_id

        catalog_id = self.catalog_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "product_retailer_id": product_retailer_id,
            "catalog_id": catalog_id,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_retailer_id = d.pop("product_retailer_id")

        catalog_id = d.pop("catalog_id")

        product_card_action = cls(
            product_retailer_id=product_retailer_id,
            catalog_id=catalog_id,
        )

        product_card_action.additional_properties = d
        return product_card_action

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
