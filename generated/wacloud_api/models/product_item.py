from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductItem")


@_attrs_define
class ProductItem:
    """A product by retailer id.

    Example:
        {'product_retailer_id': 'SKU-1'}

    """

    product_retailer_id: str
    """ The product's retailer id (SKU). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_retailer_id = self.product_retailer_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "product_retailer_id": product_retailer_id,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_retailer_id = d.pop("product_retailer_id")

        product_item = cls(
            product_retailer_id=product_retailer_id,
        )

        product_item.additional_properties = d
        return product_item

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
