from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateCardComponentInfo")


@_attrs_define
class MessageTemplateCardComponentInfo:
    """A carousel card's component as Meta returns it (permissive, like `MessageTemplateComponentInfo`).

    Example:
        {'type': 'BODY', 'text': 'Rare lime-green {{1}}.', 'example': {'body_text': [['Calathea']]}}

    """

    type_: str
    """ `HEADER`, `BODY` or `BUTTONS` (open-ended). """
    format_: str | None = None
    """ Header format: `IMAGE` or `VIDEO` (open-ended). """
    text: str | None = None
    """ Component text with its variables. """
    example: MessageTemplateComponentExample | None = None
    """ Sample values stored with a returned header or body component. """
    buttons: list[MessageTemplateButtonInfo] | None = None
    """ The card's buttons. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        format_ = self.format_

        text = self.text

        example: dict[str, Any] | None = None
        if self.example is not None:
            example = self.example.to_dict()

        buttons: list[dict[str, Any]] | None = None
        if self.buttons is not None:
            buttons = [buttons_item_data.to_dict() for buttons_item_data in self.buttons]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
        }
        if format_ is not None:
            field_dict["format"] = format_
        if text is not None:
            field_dict["text"] = text
        if example is not None:
            field_dict["example"] = example
        if buttons is not None:
            field_dict["buttons"] = buttons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        format_ = d.pop("format", None)

        text = d.pop("text", None)

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

        message_template_card_component_info = cls(
            type_=type_,
            format_=format_,
            text=text,
            example=example,
            buttons=buttons,
        )

        message_template_card_component_info.additional_properties = d
        return message_template_card_component_info

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
from ..models.message_template_component_example import MessageTemplateComponentExample  # noqa: E402
