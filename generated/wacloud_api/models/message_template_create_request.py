from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_template_create_request_category import (
    MessageTemplateCreateRequestCategory,
    check_message_template_create_request_category,
)
from ..models.message_template_create_request_parameter_format import (
    MessageTemplateCreateRequestParameterFormat,
    check_message_template_create_request_parameter_format,
)
from ..types import graph_bool

T = TypeVar("T", bound="MessageTemplateCreateRequest")


@_attrs_define
class MessageTemplateCreateRequest:
    """The body of `POST /{waba_id}/message_templates`: `components`, or for a Template Library template
    `library_template_name` with its inputs.

        Example:
            {'name': 'authentication_code_autofill_button', 'language': 'en_US', 'category': 'AUTHENTICATION',
                'message_send_ttl_seconds': 600, 'components': [{'type': 'BODY', 'add_security_recommendation': True}, {'type':
                'FOOTER', 'code_expiration_minutes': 10}, {'type': 'BUTTONS', 'buttons': [{'type': 'OTP', 'otp_type': 'ONE_TAP',
                'text': 'Copy Code', 'autofill_text': 'Autofill', 'supported_apps': [{'package_name': 'com.example.luckyshrub',
                'signature_hash': 'K8a/AINcGX7'}]}]}]}

    """

    name: str
    """ Template name; lowercase letters, digits and underscores. Unique per language in the WABA. """
    language: str
    """ Language and locale code, e.g. `en_US`, `pt_BR`. """
    category: MessageTemplateCreateRequestCategory
    """ Template category; determines pricing and what the template may contain. """
    allow_category_change: bool | None = None
    """ Let Meta assign the category it finds appropriate instead of rejecting a miscategorised template. """
    parameter_format: MessageTemplateCreateRequestParameterFormat | None = None
    """ `positional` (default; `{{1}}`, `{{2}}`) or `named` (`{{first_name}}`) variables. """
    message_send_ttl_seconds: int | None = None
    """ Time-to-live of messages sent with this template: delivery is not attempted after it. Authentication
    30–900 seconds, utility 30–43200, marketing 43200–2592000; -1 restores the default.
     """
    cta_url_link_tracking_opted_out: bool | None = None
    """ Turn off URL button click tracking for this template. """
    components: (
        list[
            MessageTemplateBodyComponent
            | MessageTemplateButtonsComponent
            | MessageTemplateCallPermissionRequestComponent
            | MessageTemplateCarouselComponent
            | MessageTemplateFooterComponent
            | MessageTemplateHeaderComponent
            | MessageTemplateLimitedTimeOfferComponent
        ]
        | None
    ) = None
    """ The template's header, body, footer, buttons, carousel or limited-time-offer components. """
    library_template_name: str | None = None
    """ Create from this Template Library template (from `GET /message_template_library`), e.g.
    `payment_reminder_1`. """
    library_template_body_inputs: LibraryTemplateBodyInputs | None = None
    """ Optional body features of a library template. """
    library_template_button_inputs: list[LibraryTemplateButtonInput] | None = None
    """ Values for the library template's buttons (URL, phone number, OTP), in order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language = self.language

        category: str = self.category

        allow_category_change = self.allow_category_change

        parameter_format: str | None = None
        if self.parameter_format is not None:
            parameter_format = self.parameter_format

        message_send_ttl_seconds = self.message_send_ttl_seconds

        cta_url_link_tracking_opted_out = self.cta_url_link_tracking_opted_out

        components: list[dict[str, Any]] | None = None
        if self.components is not None:
            components = [components_item_data.to_dict() for components_item_data in self.components]

        library_template_name = self.library_template_name

        library_template_body_inputs: dict[str, Any] | None = None
        if self.library_template_body_inputs is not None:
            library_template_body_inputs = self.library_template_body_inputs.to_dict()

        library_template_button_inputs: list[dict[str, Any]] | None = None
        if self.library_template_button_inputs is not None:
            library_template_button_inputs = [
                library_template_button_inputs_item_data.to_dict()
                for library_template_button_inputs_item_data in self.library_template_button_inputs
            ]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": name,
            "language": language,
            "category": category,
        }
        if allow_category_change is not None:
            field_dict["allow_category_change"] = allow_category_change
        if parameter_format is not None:
            field_dict["parameter_format"] = parameter_format
        if message_send_ttl_seconds is not None:
            field_dict["message_send_ttl_seconds"] = message_send_ttl_seconds
        if cta_url_link_tracking_opted_out is not None:
            field_dict["cta_url_link_tracking_opted_out"] = cta_url_link_tracking_opted_out
        if components is not None:
            field_dict["components"] = components
        if library_template_name is not None:
            field_dict["library_template_name"] = library_template_name
        if library_template_body_inputs is not None:
            field_dict["library_template_body_inputs"] = library_template_body_inputs
        if library_template_button_inputs is not None:
            field_dict["library_template_button_inputs"] = library_template_button_inputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        language = d.pop("language")

        category = check_message_template_create_request_category(d.pop("category"))

        allow_category_change = graph_bool(d.pop("allow_category_change", None))

        _parameter_format = d.pop("parameter_format", None)
        parameter_format: MessageTemplateCreateRequestParameterFormat | None
        if _parameter_format is None:
            parameter_format = None
        else:
            parameter_format = check_message_template_create_request_parameter_format(_parameter_format)

        message_send_ttl_seconds = d.pop("message_send_ttl_seconds", None)

        cta_url_link_tracking_opted_out = graph_bool(d.pop("cta_url_link_tracking_opted_out", None))

        _components = d.pop("components", None)
        components: (
            list[
                MessageTemplateBodyComponent
                | MessageTemplateButtonsComponent
                | MessageTemplateCallPermissionRequestComponent
                | MessageTemplateCarouselComponent
                | MessageTemplateFooterComponent
                | MessageTemplateHeaderComponent
                | MessageTemplateLimitedTimeOfferComponent
            ]
            | None
        ) = None
        if _components is not None:
            components = []
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
                        componentsschemas_message_template_component_type_0 = MessageTemplateHeaderComponent.from_dict(
                            data
                        )

                        return componentsschemas_message_template_component_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_message_template_component_type_1 = MessageTemplateBodyComponent.from_dict(
                            data
                        )

                        return componentsschemas_message_template_component_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_message_template_component_type_2 = MessageTemplateFooterComponent.from_dict(
                            data
                        )

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
                        componentsschemas_message_template_component_type_4 = (
                            MessageTemplateCarouselComponent.from_dict(data)
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

        library_template_name = d.pop("library_template_name", None)

        _library_template_body_inputs = d.pop("library_template_body_inputs", None)
        library_template_body_inputs: LibraryTemplateBodyInputs | None
        if _library_template_body_inputs is None:
            library_template_body_inputs = None
        else:
            library_template_body_inputs = LibraryTemplateBodyInputs.from_dict(_library_template_body_inputs)

        _library_template_button_inputs = d.pop("library_template_button_inputs", None)
        library_template_button_inputs: list[LibraryTemplateButtonInput] | None = None
        if _library_template_button_inputs is not None:
            library_template_button_inputs = []
            for library_template_button_inputs_item_data in _library_template_button_inputs:
                library_template_button_inputs_item = LibraryTemplateButtonInput.from_dict(
                    library_template_button_inputs_item_data
                )

                library_template_button_inputs.append(library_template_button_inputs_item)

        message_template_create_request = cls(
            name=name,
            language=language,
            category=category,
            allow_category_change=allow_category_change,
            parameter_format=parameter_format,
            message_send_ttl_seconds=message_send_ttl_seconds,
            cta_url_link_tracking_opted_out=cta_url_link_tracking_opted_out,
            components=components,
            library_template_name=library_template_name,
            library_template_body_inputs=library_template_body_inputs,
            library_template_button_inputs=library_template_button_inputs,
        )

        message_template_create_request.additional_properties = d
        return message_template_create_request

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
from ..models.library_template_body_inputs import LibraryTemplateBodyInputs  # noqa: E402
from ..models.library_template_button_input import LibraryTemplateButtonInput  # noqa: E402
from ..models.message_template_body_component import MessageTemplateBodyComponent  # noqa: E402
from ..models.message_template_buttons_component import MessageTemplateButtonsComponent  # noqa: E402
from ..models.message_template_call_permission_request_component import MessageTemplateCallPermissionRequestComponent  # noqa: E402
from ..models.message_template_carousel_component import MessageTemplateCarouselComponent  # noqa: E402
from ..models.message_template_footer_component import MessageTemplateFooterComponent  # noqa: E402
from ..models.message_template_header_component import MessageTemplateHeaderComponent  # noqa: E402
from ..models.message_template_limited_time_offer_component import MessageTemplateLimitedTimeOfferComponent  # noqa: E402
