from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InteractiveCarousel")


@_attrs_define
class InteractiveCarousel:
    """A horizontally scrolling carousel of 2–10 cards: media cards with a URL button, or product cards.

    Example:
        {'type': 'carousel', 'body': {'text': 'Our new arrivals'}, 'action': {'cards': [{'card_index': 0, 'type':
            'cta_url', 'header': {'type': 'image', 'image': {'link': 'https://example.com/1.png'}}, 'action': {'name':
            'cta_url', 'parameters': {'display_text': 'Buy', 'url': 'https://example.com/1'}}}, {'card_index': 1, 'type':
            'cta_url', 'header': {'type': 'image', 'image': {'link': 'https://example.com/2.png'}}, 'action': {'name':
            'cta_url', 'parameters': {'display_text': 'Buy', 'url': 'https://example.com/2'}}}]}}

    """

    body: InteractiveBody
    """ The body text of an interactive message. """
    action: CarouselAction
    """ The carousel's cards (all of one kind). """
    type_: Literal["carousel"] = "carousel"
    """ Always `carousel`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        body = self.body.to_dict()

        action = self.action.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "body": body,
            "action": action,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["carousel"], d.pop("type"))
        if type_ != "carousel":
            raise ValueError(f"type must match const 'carousel', got '{type_}'")

        body = InteractiveBody.from_dict(d.pop("body"))

        action = CarouselAction.from_dict(d.pop("action"))

        interactive_carousel = cls(
            type_=type_,
            body=body,
            action=action,
        )

        interactive_carousel.additional_properties = d
        return interactive_carousel

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
from ..models.carousel_action import CarouselAction  # noqa: E402
from ..models.interactive_body import InteractiveBody  # noqa: E402
