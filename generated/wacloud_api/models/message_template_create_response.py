from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateCreateResponse")


@_attrs_define
class MessageTemplateCreateResponse:
    """The answer to a template creation.

    Example:
        {'id': '1689556908129832', 'status': 'PENDING', 'category': 'UTILITY'}

    """

    id: str
    """ The new template's id. """
    status: str
    """ Review status: `APPROVED`, `PENDING` or `REJECTED` (open-ended: other values pass through). """
    category: str
    """ The category Meta assigned: `MARKETING`, `UTILITY` or `AUTHENTICATION`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        category = self.category

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
            "status": status,
            "category": category,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        category = d.pop("category")

        message_template_create_response = cls(
            id=id,
            status=status,
            category=category,
        )

        message_template_create_response.additional_properties = d
        return message_template_create_response

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
