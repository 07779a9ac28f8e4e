from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateGroup")


@_attrs_define
class TemplateGroup:
    """A template group.

    Example:
        {'id': '9020555671393375', 'name': 'Black Friday 2024'}

    """

    id: str
    """ The group id. """
    name: str | None = None
    """ The group's name. """
    description: str | None = None
    """ What the group is for. """
    creation_time: str | None = None
    """ When the group was created (ISO 8601, `2025-01-06T23:05:12+0000`). """
    update_time: str | None = None
    """ When the group last changed (ISO 8601). """
    whatsapp_business_account: TemplateGroupAccount | None = None
    """ The WhatsApp Business Account a template group belongs to. """
    whatsapp_business_templates: TemplateGroupTemplates | None = None
    """ A page of a group's templates. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        creation_time = self.creation_time

        update_time = self.update_time

        whatsapp_business_account: dict[str, Any] | None = None
        if self.whatsapp_business_account is not None:
            whatsapp_business_account = self.whatsapp_business_account.to_dict()

        whatsapp_business_templates: dict[str, Any] | None = None
        if self.whatsapp_business_templates is not None:
            whatsapp_business_templates = self.whatsapp_business_templates.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if creation_time is not None:
            field_dict["creation_time"] = creation_time
        if update_time is not None:
            field_dict["update_time"] = update_time
        if whatsapp_business_account is not None:
            field_dict["whatsapp_business_account"] = whatsapp_business_account
        if whatsapp_business_templates is not None:
            field_dict["whatsapp_business_templates"] = whatsapp_business_templates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", None)

        description = d.pop("description", None)

        creation_time = d.pop("creation_time", None)

        update_time = d.pop("update_time", None)

        _whatsapp_business_account = d.pop("whatsapp_business_account", None)
        whatsapp_business_account: TemplateGroupAccount | None
        if _whatsapp_business_account is None:
            whatsapp_business_account = None
        else:
            whatsapp_business_account = TemplateGroupAccount.from_dict(_whatsapp_business_account)

        _whatsapp_business_templates = d.pop("whatsapp_business_templates", None)
        whatsapp_business_templates: TemplateGroupTemplates | None
        if _whatsapp_business_templates is None:
            whatsapp_business_templates = None
        else:
            whatsapp_business_templates = TemplateGroupTemplates.from_dict(_whatsapp_business_templates)

        template_group = cls(
            id=id,
            name=name,
            description=description,
            creation_time=creation_time,
            update_time=update_time,
            whatsapp_business_account=whatsapp_business_account,
            whatsapp_business_templates=whatsapp_business_templates,
        )

        template_group.additional_properties = d
        return template_group

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
from ..models.template_group_account import TemplateGroupAccount  # noqa: E402
from ..models.template_group_templates import TemplateGroupTemplates  # noqa: E402
