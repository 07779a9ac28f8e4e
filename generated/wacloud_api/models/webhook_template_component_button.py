from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookTemplateComponentButton")


@_attrs_define
class WebhookTemplateComponentButton:
    """A URL or phone number button of an edited template.

    Example:
        {'message_template_button_type': 'URL', 'message_template_button_text': 'Email support',
            'message_template_button_url': 'https://www.luckyshrub.com/support'}

    """

    message_template_button_type: str | None = None
    """ `URL` or `PHONE_NUMBER` (Meta lists every button type: `QUICK_REPLY`, `COPY_CODE`, `FLOW` ...; open-ended).
    """
    message_template_button_text: str | None = None
    """ The button's label. """
    message_template_button_url: str | None = None
    """ The URL (URL buttons). """
    message_template_button_phone_number: str | None = None
    """ The phone number (phone number buttons). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_template_button_type = self.message_template_button_type

        message_template_button_text = self.message_template_button_text

        message_template_button_url = self.message_template_button_url

        message_template_button_phone_number = self.message_template_button_phone_number

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if message_template_button_type is not None:
            field_dict["message_template_button_type"] = message_template_button_type
        if message_template_button_text is not None:
            field_dict["message_template_button_text"] = message_template_button_text
        if message_template_button_url is not None:
            field_dict["message_template_button_url"] = message_template_button_url
        if message_template_button_phone_number is not None:
            field_dict["message_template_button_phone_number"] = message_template_button_phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_template_button_type = d.pop("message_template_button_type", None)

        message_template_button_text = d.pop("message_template_button_text", None)

        message_template_button_url = d.pop("message_template_button_url", None)

        message_template_button_phone_number = d.pop("message_template_button_phone_number", None)

        webhook_template_component_button = cls(
            message_template_button_type=message_template_button_type,
            message_template_button_text=message_template_button_text,
            message_template_button_url=message_template_button_url,
            message_template_button_phone_number=message_template_button_phone_number,
        )

        webhook_template_component_button.additional_properties = d
        return webhook_template_component_button

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
