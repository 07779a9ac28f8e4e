from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_template_upsert_request_category import (
    MessageTemplateUpsertRequestCategory,
    check_message_template_upsert_request_category,
)

T = TypeVar("T", bound="MessageTemplateUpsertRequest")


@_attrs_define
class MessageTemplateUpsertRequest:
    """The body of `POST /{waba_id}/upsert_message_templates` (authentication templates).

    Example:
        {'name': 'authentication_code_copy_code_button', 'languages': ['en_US', 'es_ES'], 'category': 'AUTHENTICATION',
            'components': [{'type': 'BODY', 'add_security_recommendation': True}, {'type': 'BUTTONS', 'buttons': [{'type':
            'OTP', 'otp_type': 'COPY_CODE'}]}]}

    """

    name: str
    """ Template name. """
    languages: list[str]
    """ Every language to create or update, e.g. `[en_US, es_ES]`. """
    category: MessageTemplateUpsertRequestCategory
    """ Always `AUTHENTICATION`. """
    components: list[
        MessageTemplateBodyComponent
        | MessageTemplateButtonsComponent
        | MessageTemplateCallPermissionRequestComponent
        | MessageTemplateCarouselComponent
        | MessageTemplateFooterComponent
        | MessageTemplateHeaderComponent
        | MessageTemplateLimitedTimeOfferComponent
    ]
    """ The body, footer and OTP button components. """
    message_send_ttl_seconds: int | None = None
    """ Time-to-live of sent messages, 30–900 seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        languages = self.languages

        category: str = self.category

        components = [components_item_data.to_dict() for components_item_data in self.components]

        message_send_ttl_seconds = self.message_send_ttl_seconds

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": name,
            "languages": languages,
            "category": category,
            "components": components,
        }
        if message_send_ttl_seconds is not None:
            field_dict["message_send_ttl_seconds"] = message_send_ttl_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        languages = cast(list[str], d.pop("languages"))

        category = check_message_template_upsert_request_category(d.pop("category"))

        components = []
        _components = d.pop("components")
        for components_item_data in _components:

            def _parse_components_item(
                data: object,
            ) -> (
                MessageTemplateBodyComponent
                | MessageTemplateButtonsComponent
                | MessageTemplateCallPermissionRequestComponent
                | MessageTemplateCarouselComponent
                | MessageTemplateFooterComponent
                | MessageTemplateHeaderComponent
                | MessageTemplateLimitedTimeOfferComponent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_template_component_type_0 = MessageTemplateHeaderComponent.from_dict(data)

                    return componentsschemas_message_template_component_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_template_component_type_1 = MessageTemplateBodyComponent.from_dict(data)

                    return componentsschemas_message_template_component_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_template_component_type_2 = MessageTemplateFooterComponent.from_dict(data)

                    return componentsschemas_message_template_component_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_template_component_type_3 = MessageTemplateButtonsComponent.from_dict(
                        data
                    )

                    return componentsschemas_message_template_component_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_template_component_type_4 = MessageTemplateCarouselComponent.from_dict(
                        data
                    )

                    return componentsschemas_message_template_component_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_template_component_type_5 = (
                        MessageTemplateLimitedTimeOfferComponent.from_dict(data)
                    )

                    return componentsschemas_message_template_component_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_message_template_component_type_6 = (
                    MessageTemplateCallPermissionRequestComponent.from_dict(data)
                )

                return componentsschemas_message_template_component_type_6

            components_item = _parse_components_item(components_item_data)

            components.append(components_item)

        message_send_ttl_seconds = d.pop("message_send_ttl_seconds", None)

        message_template_upsert_request = cls(
            name=name,
            languages=languages,
            category=category,
            components=components,
            message_send_ttl_seconds=message_send_ttl_seconds,
        )

        message_template_upsert_request.additional_properties = d
        return message_template_upsert_request

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
from ..models.message_template_body_component import MessageTemplateBodyComponent  # noqa: E402
from ..models.message_template_buttons_component import MessageTemplateButtonsComponent  # noqa: E402
from ..models.message_template_call_permission_request_component import MessageTemplateCallPermissionRequestComponent  # noqa: E402
from ..models.message_template_carousel_component import MessageTemplateCarouselComponent  # noqa: E402
from ..models.message_template_footer_component import MessageTemplateFooterComponent  # noqa: E402
from ..models.message_template_header_component import MessageTemplateHeaderComponent  # noqa: E402
from ..models.message_template_limited_time_offer_component import MessageTemplateLimitedTimeOfferComponent  # noqa: E402
