from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateCarouselCardParameters")


@_attrs_define
class TemplateCarouselCardParameters:
    """The parameters of one carousel card (its media header, body variables and buttons).

    Example:
        {'card_index': 0, 'components': [{'type': 'header', 'parameters': [{'type': 'image', 'image': {'id':
            '1479537139650973'}}]}, {'type': 'button', 'sub_type': 'quick_reply', 'index': '0', 'parameters': [{'type':
            'payload', 'payload': 'more-calathea'}]}]}

    """

    card_index: int
    """ 0-based position of the card in the template. """
    components: list[TemplateCardComponentParameters]
    """ The card's header, body and button parameters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_index = self.card_index

        components = [components_item_data.to_dict() for components_item_data in self.components]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "card_index": card_index,
            "components": components,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        card_index = d.pop("card_index")

        components = []
        _components = d.pop("components")
        for components_item_data in _components:
            components_item = TemplateCardComponentParameters.from_dict(components_item_data)

            components.append(components_item)

        template_carousel_card_parameters = cls(
            card_index=card_index,
            components=components,
        )

        template_carousel_card_parameters.additional_properties = d
        return template_carousel_card_parameters

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
from ..models.template_card_component_parameters import TemplateCardComponentParameters  # noqa: E402
