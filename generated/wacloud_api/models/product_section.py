from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductSection")


@_attrs_define
class ProductSection:
    """A titled group of products.

    Example:
        {'title': 'Top', 'product_items': [{'product_retailer_id': 'SKU-1'}]}

    """

    product_items: list[ProductItem]
    """ The products. """
    title: str | None = None
    """ Section title. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_items = [product_items_item_data.to_dict() for product_items_item_data in self.product_items]

        title = self.title

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "product_items": product_items,
        }
        if title is not None:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_items = []
        _product_items = d.pop("product_items")
        for product_items_item_data in _product_items:
            product_items_item = ProductItem.from_dict(product_items_item_data)

            product_items.append(product_items_item)

        title = d.pop("title", None)

        product_section = cls(
            product_items=product_items,
            title=title,
        )

        product_section.additional_properties = d
        return product_section

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
from ..models.product_item import ProductItem  # noqa: E402
