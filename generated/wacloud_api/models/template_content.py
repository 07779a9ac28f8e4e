from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateContent")


@_attrs_define
class TemplateContent:
    """Which template to send, in which language, with which parameter values.

    Example:
        {'name': 'hello_world', 'language': {'code': 'en_US'}}

    """

    name: str
    """ The template name. """
    language: TemplateLanguage
    """ The template's language. """
    components: list[TemplateComponentParameters] | None = None
    """ Parameter values for the header, body and buttons. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language = self.language.to_dict()

        components: list[dict[str, Any]] | None = None
        if self.components is not None:
            components = [components_item_data.to_dict() for components_item_data in self.components]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": name,
            "language": language,
        }
        if components is not None:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        language = TemplateLanguage.from_dict(d.pop("language"))

        _components = d.pop("components", None)
        components: list[TemplateComponentParameters] | None = None
        if _components is not None:
            components = []
            for components_item_data in _components:
                components_item = TemplateComponentParameters.from_dict(components_item_data)

                components.append(components_item)

        template_content = cls(
            name=name,
            language=language,
            components=components,
        )

        template_content.additional_properties = d
        return template_content

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
from ..models.template_component_parameters import TemplateComponentParameters  # noqa: E402
from ..models.template_language import TemplateLanguage  # noqa: E402
