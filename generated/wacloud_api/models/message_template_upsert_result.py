from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateUpsertResult")


@_attrs_define
class MessageTemplateUpsertResult:
    """The template created or updated for one language.

    Example:
        {'id': '954638012257287', 'status': 'APPROVED', 'language': 'en_US'}

    """

    id: str | None = None
    """ Template id. """
    status: str | None = None
    """ Review status, e.g. `APPROVED` (open-ended). """
    language: str | None = None
    """ Language code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        language = self.language

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if id is not None:
            field_dict["id"] = id
        if status is not None:
            field_dict["status"] = status
        if language is not None:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        status = d.pop("status", None)

        language = d.pop("language", None)

        message_template_upsert_result = cls(
            id=id,
            status=status,
            language=language,
        )

        message_template_upsert_result.additional_properties = d
        return message_template_upsert_result

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
