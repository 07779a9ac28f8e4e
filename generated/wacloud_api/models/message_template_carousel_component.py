from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateCarouselComponent")


@_attrs_define
class MessageTemplateCarouselComponent:
    """A carousel of 2–10 cards, following the body (marketing templates).

    Example:
        {'type': 'CAROUSEL', 'cards': [{'components': [{'type': 'HEADER', 'format': 'IMAGE', 'example':
            {'header_handle': ['4::aW1hZ2UvcG5n:ARZ']}}, {'type': 'BODY', 'text': 'Rare lime-green {{1}}.', 'example':
            {'body_text': [['Calathea']]}}, {'type': 'BUTTONS', 'buttons': [{'type': 'QUICK_REPLY', 'text': 'Send more like
            this'}, {'type': 'URL', 'text': 'Buy now', 'url': 'https://www.luckyshrub.com/shop?code={{1}}', 'example':
            ['CALATHEA']}]}]}, {'components': [{'type': 'HEADER', 'format': 'IMAGE', 'example': {'header_handle':
            ['4::aW1hZ2UvcG5n:ARY']}}, {'type': 'BODY', 'text': 'Velvety {{1}}.', 'example': {'body_text':
            [['Philodendron']]}}, {'type': 'BUTTONS', 'buttons': [{'type': 'QUICK_REPLY', 'text': 'Send more like this'},
            {'type': 'URL', 'text': 'Buy now', 'url': 'https://www.luckyshrub.com/shop?code={{1}}', 'example':
            ['PHILO']}]}]}]}

    """

    cards: list[MessageTemplateCarouselCard]
    """ The cards; all must have the same header format and button kinds. """
    type_: Literal["CAROUSEL"] = "CAROUSEL"
    """ Always `CAROUSEL`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        cards = [cards_item_data.to_dict() for cards_item_data in self.cards]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "cards": cards,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["CAROUSEL"], d.pop("type"))
        if type_ != "CAROUSEL":
            raise ValueError(f"type must match const 'CAROUSEL', got '{type_}'")

        cards = []
        _cards = d.pop("cards")
        for cards_item_data in _cards:
            cards_item = MessageTemplateCarouselCard.from_dict(cards_item_data)

            cards.append(cards_item)

        message_template_carousel_component = cls(
            type_=type_,
            cards=cards,
        )

        message_template_carousel_component.additional_properties = d
        return message_template_carousel_component

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
from ..models.message_template_carousel_card import MessageTemplateCarouselCard  # noqa: E402
