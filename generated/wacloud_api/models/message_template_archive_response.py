from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateArchiveResponse")


@_attrs_define
class MessageTemplateArchiveResponse:
    """The result of an archive call.

    Example:
        {'archived_templates': ['1387372356726668'], 'failed_templates': {}}

    """

    archived_templates: list[str] | None = None
    """ Ids archived. """
    failed_templates: MessageTemplateFailures | None = None
    """ Why each failed template failed, keyed by template id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived_templates: list[str] | None = None
        if self.archived_templates is not None:
            archived_templates = self.archived_templates

        failed_templates: dict[str, Any] | None = None
        if self.failed_templates is not None:
            failed_templates = self.failed_templates.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if archived_templates is not None:
            field_dict["archived_templates"] = archived_templates
        if failed_templates is not None:
            field_dict["failed_templates"] = failed_templates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        archived_templates = cast(list[str], d.pop("archived_templates", None))

        _failed_templates = d.pop("failed_templates", None)
        failed_templates: MessageTemplateFailures | None
        if _failed_templates is None:
            failed_templates = None
        else:
            failed_templates = MessageTemplateFailures.from_dict(_failed_templates)

        message_template_archive_response = cls(
            archived_templates=archived_templates,
            failed_templates=failed_templates,
        )

        message_template_archive_response.additional_properties = d
        return message_template_archive_response

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
