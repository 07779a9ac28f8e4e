from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_template_edit_request_category import (
    MessageTemplateEditRequestCategory,
    check_message_template_edit_request_category,
)
from ..models.message_template_edit_request_parameter_format import (
    MessageTemplateEditRequestParameterFormat,
    check_message_template_edit_request_parameter_format,
)
from ..types import graph_bool

T = TypeVar("T", bound="MessageTemplateEditRequest")


@_attrs_define
class MessageTemplateEditRequest:
    """The body of `POST /{template_id}`. Give only what changes.

    Example:
        {'category': 'MARKETING', 'components': [{'type': 'BODY', 'text': 'Hi {{1}}, our Fall Sale is on!', 'example':
            {'body_text': [['Mark']]}}]}

    """

    category: MessageTemplateEditRequestCategory | None = None
    """ New category (only for templates that are not approved, or as Meta allows). """
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
    """ The complete new set of components. """
    message_send_ttl_seconds: int | None = None
    """ New time-to-live of sent messages, in seconds (see create). """
    parameter_format: MessageTemplateEditRequestParameterFormat | None = None
    """ `positional` or `named` variables. """
    cta_url_link_tracking_opted_out: bool | None = None
    """ Turn URL button click tracking off (true) or on (false). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: str | None = None
        if self.category is not None:
            category = self.category

        components: list[dict[str, Any]] | None = None
        if self.components is not None:
            components = [components_item_data.to_dict() for components_item_data in self.components]

        message_send_ttl_seconds = self.message_send_ttl_seconds

        parameter_format: str | None = None
        if self.parameter_format is not None:
            parameter_format = self.parameter_format

        cta_url_link_tracking_opted_out = self.cta_url_link_tracking_opted_out

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if category is not None:
            field_dict["category"] = category
        if components is not None:
            field_dict["components"] = components
        if message_send_ttl_seconds is not None:
            field_dict["message_send_ttl_seconds"] = message_send_ttl_seconds
        if parameter_format is not None:
            field_dict["parameter_format"] = parameter_format
        if cta_url_link_tracking_opted_out is not None:
            field_dict["cta_url_link_tracking_opted_out"] = cta_url_link_tracking_opted_out

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _category = d.pop("category", None)
        category: MessageTemplateEditRequestCategory | None
        if _category is None:
            category = None
        else:
            category = check_message_template_edit_request_category(_category)

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

        message_send_ttl_seconds = d.pop("message_send_ttl_seconds", None)

        _parameter_format = d.pop("parameter_format", None)
        parameter_format: MessageTemplateEditRequestParameterFormat | None
        if _parameter_format is None:
            parameter_format = None
        else:
            parameter_format = check_message_template_edit_request_parameter_format(_parameter_format)

        cta_url_link_tracking_opted_out = graph_bool(d.pop("cta_url_link_tracking_opted_out", None))

        message_template_edit_request = cls(
            category=category,
            components=components,
            message_send_ttl_seconds=message_send_ttl_seconds,
            parameter_format=parameter_format,
            cta_url_link_tracking_opted_out=cta_url_link_tracking_opted_out,
        )

        message_template_edit_request.additional_properties = d
        return message_template_edit_request

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
