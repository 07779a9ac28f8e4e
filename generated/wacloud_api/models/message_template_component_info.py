from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageTemplateComponentInfo")


@_attrs_define
class MessageTemplateComponentInfo:
    """A template component as Meta returns it. Deliberately permissive (any `type`, all properties optional)
    so that every component kind, including ones Meta adds later, parses.

        Example:
            {'type': 'BODY', 'text': 'Hi {{1}}!', 'example': {'body_text': [['Mark']]}}

    """

    type_: str | Unset = UNSET
    """ `HEADER`, `BODY`, `FOOTER`, `BUTTONS`, `CAROUSEL`, `LIMITED_TIME_OFFER`, … (open-ended). """
    format_: str | Unset = UNSET
    """ Header format: `TEXT`, `IMAGE`, `VIDEO`, `GIF`, `DOCUMENT`, `LOCATION`, `PRODUCT` (open-ended). """
    text: str | Unset = UNSET
    """ Component text with its variables. """
    add_security_recommendation: bool | Unset = UNSET
    """ Authentication body: security recommendation shown. """
    code_expiration_minutes: int | Unset = UNSET
    """ Authentication footer: code expiry in minutes. """
    example: MessageTemplateComponentExample | Unset = UNSET
    """ Sample values stored with a returned header or body component. """
    buttons: list[MessageTemplateButtonInfo] | Unset = UNSET
    """ Buttons of a `BUTTONS` component. """
    cards: list[MessageTemplateCardInfo] | Unset = UNSET
    """ Cards of a `CAROUSEL` component. """
    limited_time_offer: MessageTemplateLimitedTimeOffer | Unset = UNSET
    """ Offer banner text and whether the offer expires (expiry time is set when sending). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        format_ = self.format_

        text = self.text

        add_security_recommendation = self.add_security_recommendation

        code_expiration_minutes = self.code_expiration_minutes

        example: dict[str, Any] | Unset = UNSET
        if not isinstance(self.example, Unset):
            example = self.example.to_dict()

        buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            buttons = []
            for buttons_item_data in self.buttons:
                buttons_item = buttons_item_data.to_dict()
                buttons.append(buttons_item)

        cards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cards, Unset):
            cards = []
            for cards_item_data in self.cards:
                cards_item = cards_item_data.to_dict()
                cards.append(cards_item)

        limited_time_offer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limited_time_offer, Unset):
            limited_time_offer = self.limited_time_offer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if format_ is not UNSET:
            field_dict["format"] = format_
        if text is not UNSET:
            field_dict["text"] = text
        if add_security_recommendation is not UNSET:
            field_dict["add_security_recommendation"] = add_security_recommendation
        if code_expiration_minutes is not UNSET:
            field_dict["code_expiration_minutes"] = code_expiration_minutes
        if example is not UNSET:
            field_dict["example"] = example
        if buttons is not UNSET:
            field_dict["buttons"] = buttons
        if cards is not UNSET:
            field_dict["cards"] = cards
        if limited_time_offer is not UNSET:
            field_dict["limited_time_offer"] = limited_time_offer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        format_ = d.pop("format", UNSET)

        text = d.pop("text", UNSET)

        add_security_recommendation = d.pop("add_security_recommendation", UNSET)

        code_expiration_minutes = d.pop("code_expiration_minutes", UNSET)

        _example = d.pop("example", UNSET)
        example: MessageTemplateComponentExample | Unset
        if isinstance(_example, Unset):
            example = UNSET
        else:
            example = MessageTemplateComponentExample.from_dict(_example)

        _buttons = d.pop("buttons", UNSET)
        buttons: list[MessageTemplateButtonInfo] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = MessageTemplateButtonInfo.from_dict(buttons_item_data)

                buttons.append(buttons_item)

        _cards = d.pop("cards", UNSET)
        cards: list[MessageTemplateCardInfo] | Unset = UNSET
        if _cards is not UNSET:
            cards = []
            for cards_item_data in _cards:
                cards_item = MessageTemplateCardInfo.from_dict(cards_item_data)

                cards.append(cards_item)

        _limited_time_offer = d.pop("limited_time_offer", UNSET)
        limited_time_offer: MessageTemplateLimitedTimeOffer | Unset
        if isinstance(_limited_time_offer, Unset):
            limited_time_offer = UNSET
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
