from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateGroupCreate")


@_attrs_define
class TemplateGroupCreate:
    """A new template group.

    Example:
        {'name': 'Black Friday 2024', 'whatsapp_business_templates': ['278077987957091']}

    """

    name: str
    """ The group's name, unique in the account. """
    whatsapp_business_templates: list[str]
    """ The ids of the templates to group (none may be in another group). """
    description: str | None = None
    """ What the group is for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        whatsapp_business_templates = self.whatsapp_business_templates

        description = self.description

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": name,
            "whatsapp_business_templates": whatsapp_business_templates,
        }
        if description is not None:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        whatsapp_business_templates = cast(list[str], d.pop("whatsapp_business_templates"))

        description = d.pop("description", None)

        template_group_create = cls(
            name=name,
            whatsapp_business_templates=whatsapp_business_templates,
            description=description,
        )

        template_group_create.additional_properties = d
        return template_group_create

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
