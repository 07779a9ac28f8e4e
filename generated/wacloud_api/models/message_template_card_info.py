from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateCardInfo")


@_attrs_define
class MessageTemplateCardInfo:
    """A carousel card as Meta returns it.

    Example:
        {'components': [{'type': 'HEADER', 'format': 'IMAGE'}, {'type': 'BUTTONS', 'buttons': [{'type': 'QUICK_REPLY',
            'text': 'Send more like this'}]}]}

    """

    components: list[MessageTemplateCardComponentInfo] | None = None
    """ The card's components. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        components: list[dict[str, Any]] | None = None
        if self.components is not None:
            components = [components_item_data.to_dict() for components_item_data in self.components]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if components is not None:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _components = d.pop("components", None)
        components: list[MessageTemplateCardComponentInfo] | None = None
        if _components is not None:
            components = []
            for components_item_data in _components:
                components_item = MessageTemplateCardComponentInfo.from_dict(components_item_data)

                components.append(components_item)

        message_template_card_info = cls(
            components=components,
        )

        message_template_card_info.additional_properties = d
        return message_template_card_info

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
from ..models.message_template_card_component_info import MessageTemplateCardComponentInfo  # noqa: E402
