from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateIdsRequest")


@_attrs_define
class MessageTemplateIdsRequest:
    """Up to 100 template ids (archive and unarchive).

    Example:
        {'hsm_ids': ['1387372356726668']}

    """

    hsm_ids: list[str]
    """ The template ids. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hsm_ids = self.hsm_ids

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "hsm_ids": hsm_ids,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hsm_ids = cast(list[str], d.pop("hsm_ids"))

        message_template_ids_request = cls(
            hsm_ids=hsm_ids,
        )

        message_template_ids_request.additional_properties = d
        return message_template_ids_request

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
