from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductCarouselCard")


@_attrs_define
class ProductCarouselCard:
    """A card showing one catalog product.

    Example:
        {'card_index': 0, 'type': 'product', 'action': {'product_retailer_id': 'SKU-1', 'catalog_id':
            '367025965434465'}}

    """

    card_index: int
    """ 0-based position. """
    action: ProductCardAction
    """ The product of a product card. """
    type_: Literal["product"] = "product"
    """ Always `product`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_index = self.card_index

        type_ = self.type_

        action = self.action.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "card_index": card_index,
            "type": type_,
            "action": action,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        card_index = d.pop("card_index")

        type_ = cast(Literal["product"], d.pop("type"))
        if type_ != "product":
            raise ValueError(f"type must match const 'product', got '{type_}'")

        action = ProductCardAction.from_dict(d.pop("action"))

        product_carousel_card = cls(
            card_index=card_index,
            type_=type_,
            action=action,
        )

        product_carousel_card.additional_properties = d
        return product_carousel_card

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
from ..models.product_card_action import ProductCardAction  # noqa: E402
