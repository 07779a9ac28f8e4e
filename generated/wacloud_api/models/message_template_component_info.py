from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="MessageTemplateComponentInfo")


@_attrs_define
class MessageTemplateComponentInfo:
    """A template component as Meta returns it. Deliberately permissive (any `type`, all properties optional)
    so that every component kind, including ones Meta adds later, parses.

        Example:
            {'type': 'BODY', 'text': 'Hi {{1}}!', 'example': {'body_text': [['Mark']]}}

    """

    type_: str
    """ `HEADER`, `BODY`, `FOOTER`, `BUTTONS`, `CAROUSEL`, `LIMITED_TIME_OFFER`, … (open-ended). """
    format_: str | None = None
    """ Header format: `TEXT`, `IMAGE`, `VIDEO`, `GIF`, `DOCUMENT`, `LOCATION`, `PRODUCT` (open-ended). """
    text: str | None = None
    """ Component text with its variables. """
    add_security_recommendation: bool | None = None
    """ Authentication body: security recommendation shown. """
    code_expiration_minutes: int | None = None
    """ Authentication footer: code expiry in minutes. """
    example: MessageTemplateComponentExample | None = None
    """ Sample values stored with a returned header or body component. """
    buttons: list[MessageTemplateButtonInfo] | None = None
    """ Buttons of a `BUTTONS` component. """
    cards: list[MessageTemplateCardInfo] | None = None
    """ Cards of a `CAROUSEL` component. """
    limited_time_offer: MessageTemplateLimitedTimeOffer | None = None
    """ Offer banner text and whether the offer expires (expiry time is set when sending). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        format_ = self.format_

        text = self.text

        add_security_recommendation = self.add_security_recommendation

        code_expiration_minutes = self.code_expiration_minutes

        example: dict[str, Any] | None = None
        if self.example is not None:
            example = self.example.to_dict()

        buttons: list[dict[str, Any]] | None = None
        if self.buttons is not None:
            buttons = [buttons_item_data.to_dict() for buttons_item_data in self.buttons]

        cards: list[dict[str, Any]] | None = None
        if self.cards is not None:
            cards = [cards_item_data.to_dict() for cards_item_data in self.cards]

        limited_time_offer: dict[str, Any] | None = None
        if self.limited_time_offer is not None:
            limited_time_offer = self.limited_time_offer.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
        }
        if format_ is not None:
            field_dict["format"] = format_
        if text is not None:
            field_dict["text"] = text
        if add_security_recommendation is not None:
            field_dict["add_security_recommendation"] = add_security_recommendation
        if code_expiration_minutes is not None:
            field_dict["code_expiration_minutes"] = code_expiration_minutes
        if example is not None:
            field_dict["example"] = example
        if buttons is not None:
            field_dict["buttons"] = buttons
        if cards is not None:
            field_dict["cards"] = cards
        if limited_time_offer is not None:
            field_dict["limited_time_offer"] = limited_time_offer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        format_ = d.pop("format", None)

        text = d.pop("text", None)

        add_security_recommendation = graph_bool(d.pop("add_security_recommendation", None))

        code_expiration_minutes = d.pop("code_expiration_minutes", None)

        _example = d.pop("example", None)
        example: MessageTemplateComponentExample | None
        if _example is None:
            example = None
        else:
            example = MessageTemplateComponentExample.from_dict(_example)

        _buttons = d.pop("buttons", None)
        buttons: list[MessageTemplateButtonInfo] | None = None
        if _buttons is not None:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = MessageTemplateButtonInfo.from_dict(buttons_item_data)

                buttons.append(buttons_item)

        _cards = d.pop("cards", None)
        cards: list[MessageTemplateCardInfo] | None = None
        if _cards is not None:
            cards = []
            for cards_item_data in _cards:
                cards_item = MessageTemplateCardInfo.from_dict(cards_item_data)

                cards.append(cards_item)

        _limited_time_offer = d.pop("limited_time_offer", None)
        limited_time_offer: MessageTemplateLimitedTimeOffer | None
        if _limited_time_offer is None:
            limited_time_offer = None
        else:
            limited_time_offer = MessageTemplateLimitedTimeOffer.from_dict(_limited_time_offer)

        message_template_component_info = cls(
            type_=type_,
            format_=format_,
            text=text,
            add_security_recommendation=add_security_recommendation,
            code_expiration_minutes=code_expiration_minutes,
            example=example,
            buttons=buttons,
            cards=cards,
            limited_time_offer=limited_time_offer,
        )

        message_template_component_info.additional_properties = d
        return message_template_component_info

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
from ..models.message_template_button_info import MessageTemplateButtonInfo  # noqa: E402
from ..models.message_template_card_info import MessageTemplateCardInfo  # noqa: E402
from ..models.message_template_component_example import MessageTemplateComponentExample  # noqa: E402
from ..models.message_template_limited_time_offer import MessageTemplateLimitedTimeOffer  # noqa: E402
