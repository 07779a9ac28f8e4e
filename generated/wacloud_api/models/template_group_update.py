from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateGroupUpdate")


@_attrs_define
class TemplateGroupUpdate:
    """Changes to a template group; what is left out stays as it is.

    Example:
        {'name': 'Black Friday 2025'}

    """

    name: str | None = None
    """ A new name, unique in the account. """
    description: str | None = None
    """ A new description. """
    add_templates: list[str] | None = None
    """ Ids of templates to add. """
    remove_templates: list[str] | None = None
    """ Ids of templates to remove. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        add_templates: list[str] | None = None
        if self.add_templates is not None:
            add_templates = self.add_templates

        remove_templates: list[str] | None = None
        if self.remove_templates is not None:
            remove_templates = self.remove_templates

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if add_templates is not None:
            field_dict["add_templates"] = add_templates
        if remove_templates is not None:
            field_dict["remove_templates"] = remove_templates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        description = d.pop("description", None)

        add_templates = cast(list[str], d.pop("add_templates", None))

        remove_templates = cast(list[str], d.pop("remove_templates", None))

        template_group_update = cls(
            name=name,
            description=description,
            add_templates=add_templates,
            remove_templates=remove_templates,
        )

        template_group_update.additional_properties = d
        return template_group_update

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
