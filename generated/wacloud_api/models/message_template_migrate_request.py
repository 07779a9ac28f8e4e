from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateMigrateRequest")


@_attrs_define
class MessageTemplateMigrateRequest:
    """The body of `POST /{waba_id}/migrate_message_templates`.

    Example:
        {'source_waba_id': '104996122399160', 'page_number': 0}

    """

    source_waba_id: str
    """ The WABA to copy templates from (same business). """
    page_number: int | None = None
    """ Which set of 500 templates to migrate, 0-based. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_waba_id = self.source_waba_id

        page_number = self.page_number

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "source_waba_id": source_waba_id,
        }
        if page_number is not None:
            field_dict["page_number"] = page_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_waba_id = d.pop("source_waba_id")

        page_number = d.pop("page_number", None)

        message_template_migrate_request = cls(
            source_waba_id=source_waba_id,
            page_number=page_number,
        )

        message_template_migrate_request.additional_properties = d
        return message_template_migrate_request

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
