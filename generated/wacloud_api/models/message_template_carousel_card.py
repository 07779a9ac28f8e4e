from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateCarouselCard")


@_attrs_define
class MessageTemplateCarouselCard:
    """One carousel card: an image or video header, an optional body and 1–2 buttons.

    Example:
        {'components': [{'type': 'HEADER', 'format': 'IMAGE', 'example': {'header_handle': ['4::aW1hZ2UvcG5n:ARZ']}},
            {'type': 'BUTTONS', 'buttons': [{'type': 'QUICK_REPLY', 'text': 'Send more like this'}]}]}

    """

    components: list[MessageTemplateBodyComponent | MessageTemplateButtonsComponent | MessageTemplateHeaderComponent]
    """ The card's header, body and buttons components. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        components = [components_item_data.to_dict() for components_item_data in self.components]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "components": components,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        components = []
        _components = d.pop("components")
        for components_item_data in _components:

            def _parse_components_item(
                data: object,
            ) -> MessageTemplateBodyComponent | MessageTemplateButtonsComponent | MessageTemplateHeaderComponent:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_template_card_component_type_0 = MessageTemplateHeaderComponent.from_dict(
                        data
                    )

                    return componentsschemas_message_template_card_component_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_template_card_component_type_1 = MessageTemplateBodyComponent.from_dict(
                        data
                    )

                    return componentsschemas_message_template_card_component_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_message_template_card_component_type_2 = MessageTemplateButtonsComponent.from_dict(
                    data
                )

                return componentsschemas_message_template_card_component_type_2

            components_item = _parse_components_item(components_item_data)

            components.append(components_item)

        message_template_carousel_card = cls(
            components=components,
        )

        message_template_carousel_card.additional_properties = d
        return message_template_carousel_card

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
from ..models.message_template_header_component import MessageTemplateHeaderComponent  # noqa: E402
