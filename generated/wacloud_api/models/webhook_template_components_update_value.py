from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookTemplateComponentsUpdateValue")


@_attrs_define
class WebhookTemplateComponentsUpdateValue:
    """A template's components after an edit.

    Example:
        {'message_template_id': 1315502779341834, 'message_template_name': 'order_confirmation',
            'message_template_language': 'en_US', 'message_template_element': 'Thank you for your order, {{1}}! Your order
            number is {{2}}.', 'message_template_title': 'Your order is confirmed', 'message_template_footer': 'Lucky
            Shrub', 'message_template_buttons': [{'message_template_button_type': 'PHONE_NUMBER',
            'message_template_button_text': 'Phone support', 'message_template_button_phone_number': '+15550783881'},
            {'message_template_button_type': 'URL', 'message_template_button_text': 'Email support',
            'message_template_button_url': 'https://www.luckyshrub.com/support'}]}

    """

    message_template_id: int | None = None
    """ Template id. """
    message_template_name: str | None = None
    """ Template name. """
    message_template_language: str | None = None
    """ Template language and locale code. """
    message_template_element: str | None = None
    """ The body text, with its `{{n}}` placeholders. """
    message_template_title: str | None = None
    """ The header text (templates with a text header only). """
    message_template_footer: str | None = None
    """ The footer text (templates with a footer only). """
    message_template_buttons: list[WebhookTemplateComponentButton] | None = None
    """ The URL and phone number buttons (templates with such buttons only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_template_id = self.message_template_id

        message_template_name = self.message_template_name

        message_template_language = self.message_template_language

        message_template_element = self.message_template_element

        message_template_title = self.message_template_title

        message_template_footer = self.message_template_footer

        message_template_buttons: list[dict[str, Any]] | None = None
        if self.message_template_buttons is not None:
            message_template_buttons = [
                message_template_buttons_item_data.to_dict()
                for message_template_buttons_item_data in self.message_template_buttons
            ]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if message_template_id is not None:
            field_dict["message_template_id"] = message_template_id
        if message_template_name is not None:
            field_dict["message_template_name"] = message_template_name
        if message_template_language is not None:
            field_dict["message_template_language"] = message_template_language
        if message_template_element is not None:
            field_dict["message_template_element"] = message_template_element
        if message_template_title is not None:
            field_dict["message_template_title"] = message_template_title
        if message_template_footer is not None:
            field_dict["message_template_footer"] = message_template_footer
        if message_template_buttons is not None:
            field_dict["message_template_buttons"] = message_template_buttons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_template_id = d.pop("message_template_id", None)

        message_template_name = d.pop("message_template_name", None)

        message_template_language = d.pop("message_template_language", None)

        message_template_element = d.pop("message_template_element", None)

        message_template_title = d.pop("message_template_title", None)

        message_template_footer = d.pop("message_template_footer", None)

        _message_template_buttons = d.pop("message_template_buttons", None)
        message_template_buttons: list[WebhookTemplateComponentButton] | None = None
        if _message_template_buttons is not None:
            message_template_buttons = []
            for message_template_buttons_item_data in _message_template_buttons:
                message_template_buttons_item = WebhookTemplateComponentButton.from_dict(
                    message_template_buttons_item_data
                )

                message_template_buttons.append(message_template_buttons_item)

        webhook_template_components_update_value = cls(
            message_template_id=message_template_id,
            message_template_name=message_template_name,
            message_template_language=message_template_language,
            message_template_element=message_template_element,
            message_template_title=message_template_title,
            message_template_footer=message_template_footer,
            message_template_buttons=message_template_buttons,
        )

        webhook_template_components_update_value.additional_properties = d
        return webhook_template_components_update_value

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
from ..models.webhook_template_component_button import WebhookTemplateComponentButton  # noqa: E402
