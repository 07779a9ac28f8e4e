from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateButtonsComponent")


@_attrs_define
class MessageTemplateButtonsComponent:
    """Up to 10 buttons; quick replies must be grouped together.

    Example:
        {'type': 'BUTTONS', 'buttons': [{'type': 'QUICK_REPLY', 'text': 'Unsubscribe from Promos'}]}

    """

    buttons: list[
        MessageTemplateCatalogButton
        | MessageTemplateCopyCodeButton
        | MessageTemplateFlowButton
        | MessageTemplateMpmButton
        | MessageTemplateOtpButton
        | MessageTemplatePhoneNumberButton
        | MessageTemplateQuickReplyButton
        | MessageTemplateRequestContactInfoButton
        | MessageTemplateSpmButton
        | MessageTemplateUrlButton
        | MessageTemplateVoiceCallButton
    ]
    """ The buttons, in display order. """
    type_: Literal["BUTTONS"] = "BUTTONS"
    """ Always `BUTTONS`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        buttons = [buttons_item_data.to_dict() for buttons_item_data in self.buttons]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "buttons": buttons,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["BUTTONS"], d.pop("type"))
        if type_ != "BUTTONS":
            raise ValueError(f"type must match const 'BUTTONS', got '{type_}'")

        buttons = []
        _buttons = d.pop("buttons")
        for buttons_item_data in _buttons:

            def _parse_buttons_item(
                data: object,
            ) -> (
                MessageTemplateCatalogButton
                | MessageTemplateCopyCodeButton
                | MessageTemplateFlowButton
                | MessageTemplateMpmButton
                | MessageTemplateOtpButton
                | MessageTemplatePhoneNumberButton
                | MessageTemplateQuickReplyButton
                | MessageTemplateRequestContactInfoButton
                | MessageTemplateSpmButton
                | MessageTemplateUrlButton
                | MessageTemplateVoiceCallButton
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_template_button_type_0 = MessageTemplateQuickReplyButton.from_dict(data)

                    return componentsschemas_message_template_button_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_template_button_type_1 = MessageTemplateUrlButton.from_dict(data)

                    return componentsschemas_message_template_button_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_template_button_type_2 = MessageTemplatePhoneNumberButton.from_dict(data)

                    return componentsschemas_message_template_button_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_template_button_type_3 = MessageTemplateCopyCodeButton.from_dict(data)

                    return componentsschemas_message_template_button_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_template_button_type_4 = MessageTemplateFlowButton.from_dict(data)

                    return componentsschemas_message_template_button_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_template_button_type_5 = MessageTemplateOtpButton.from_dict(data)

                    return componentsschemas_message_template_button_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_template_button_type_6 = MessageTemplateCatalogButton.from_dict(data)

                    return componentsschemas_message_template_button_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_template_button_type_7 = MessageTemplateMpmButton.from_dict(data)

                    return componentsschemas_message_template_button_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_template_button_type_8 = MessageTemplateVoiceCallButton.from_dict(data)

                    return componentsschemas_message_template_button_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_template_button_type_9 = MessageTemplateSpmButton.from_dict(data)

                    return componentsschemas_message_template_button_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_message_template_button_type_10 = MessageTemplateRequestContactInfoButton.from_dict(
                    data
                )

                return componentsschemas_message_template_button_type_10

            buttons_item = _parse_buttons_item(buttons_item_data)

            buttons.append(buttons_item)

        message_template_buttons_component = cls(
            type_=type_,
            buttons=buttons,
        )

        message_template_buttons_component.additional_properties = d
        return message_template_buttons_component

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
from ..models.message_template_catalog_button import MessageTemplateCatalogButton  # noqa: E402
from ..models.message_template_copy_code_button import MessageTemplateCopyCodeButton  # noqa: E402
from ..models.message_template_flow_button import MessageTemplateFlowButton  # noqa: E402
from ..models.message_template_mpm_button import MessageTemplateMpmButton  # noqa: E402
from ..models.message_template_otp_button import MessageTemplateOtpButton  # noqa: E402
from ..models.message_template_phone_number_button import MessageTemplatePhoneNumberButton  # noqa: E402
from ..models.message_template_quick_reply_button import MessageTemplateQuickReplyButton  # noqa: E402
from ..models.message_template_request_contact_info_button import MessageTemplateRequestContactInfoButton  # noqa: E402
from ..models.message_template_spm_button import MessageTemplateSpmButton  # noqa: E402
from ..models.message_template_url_button import MessageTemplateUrlButton  # noqa: E402
from ..models.message_template_voice_call_button import MessageTemplateVoiceCallButton  # noqa: E402
