from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateMigrateResponse")


@_attrs_define
class MessageTemplateMigrateResponse:
    """The result of a migration.

    Example:
        {'migrated_templates': ['1473688840035974'], 'failed_templates': {}}

    """

    migrated_templates: list[str] | None = None
    """ Ids of the templates migrated (their ids in the source WABA). """
    failed_templates: MessageTemplateFailures | None = None
    """ Why each failed template failed, keyed by template id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        migrated_templates: list[str] | None = None
        if self.migrated_templates is not None:
            migrated_templates = self.migrated_templates

        failed_templates: dict[str, Any] | None = None
        if self.failed_templates is not None:
            failed_templates = self.failed_templates.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if migrated_templates is not None:
            field_dict["migrated_templates"] = migrated_templates
        if failed_templates is not None:
            field_dict["failed_templates"] = failed_templates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        migrated_templates = cast(list[str], d.pop("migrated_templates", None))

        _failed_templates = d.pop("failed_templates", None)
        failed_templates: MessageTemplateFailures | None
        if _failed_templates is None:
            failed_templates = None
        else:
            failed_templates = MessageTemplateFailures.from_dict(_failed_templates)

        message_template_migrate_response = cls(
            migrated_templates=migrated_templates,
            failed_templates=failed_templates,
        )

        message_template_migrate_response.additional_properties = d
        return message_template_migrate_response

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
from ..models.message_template_failures import MessageTemplateFailures  # noqa: E402
