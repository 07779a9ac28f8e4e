from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CarouselAction")


@_attrs_define
class CarouselAction:
    """The carousel's cards (all of one kind).

    Example:
        {'cards': [{'card_index': 0, 'type': 'product', 'action': {'product_retailer_id': 'SKU-1', 'catalog_id':
            '367025965434465'}}]}

    """

    cards: list[MediaCarouselCard | ProductCarouselCard]
    """ The cards, `card_index` 0 upwards. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cards = [cards_item_data.to_dict() for cards_item_data in self.cards]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "cards": cards,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cards = []
        _cards = d.pop("cards")
        for cards_item_data in _cards:

            def _parse_cards_item(data: object) -> MediaCarouselCard | ProductCarouselCard:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_carousel_card_type_0 = MediaCarouselCard.from_dict(data)

                    return componentsschemas_carousel_card_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_carousel_card_type_1 = ProductCarouselCard.from_dict(data)

                return componentsschemas_carousel_card_type_1

            cards_item = _parse_cards_item(cards_item_data)

            cards.append(cards_item)

        carousel_action = cls(
            cards=cards,
        )

        carousel_action.additional_properties = d
        return carousel_action

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
from ..models.media_carousel_card import MediaCarouselCard  # noqa: E402
from ..models.product_carousel_card import ProductCarouselCard  # noqa: E402
