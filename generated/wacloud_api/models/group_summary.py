from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupSummary")


@_attrs_define
class GroupSummary:
    """An active group, as listed.

    Example:
        {'id': 'Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD', 'subject': 'Order 12345 coordination',
            'created_at': '1761886979'}

    """

    id: str
    """ The group id. """
    subject: str | None = None
    """ The group subject. """
    created_at: str | None = None
    """ When the group was created (Unix seconds, as sent). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subject = self.subject

        created_at = self.created_at

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if subject is not None:
            field_dict["subject"] = subject
        if created_at is not None:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        subject = d.pop("subject", None)

        created_at = d.pop("created_at", None)

        group_summary = cls(
            id=id,
            subject=subject,
            created_at=created_at,
        )

        group_summary.additional_properties = d
        return group_summary

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
