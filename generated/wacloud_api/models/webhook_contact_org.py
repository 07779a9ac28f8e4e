from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookContactOrg")


@_attrs_define
class WebhookContactOrg:
    """The organization on a shared contact card.

    Example:
        {'company': 'Example Inc', 'department': 'Engineering', 'title': 'Software Engineer'}

    """

    company: str | None = None
    """ Company. """
    department: str | None = None
    """ Department. """
    title: str | None = None
    """ Job title. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company = self.company

        department = self.department

        title = self.title

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if company is not None:
            field_dict["company"] = company
        if department is not None:
            field_dict["department"] = department
        if title is not None:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company = d.pop("company", None)

        department = d.pop("department", None)

        title = d.pop("title", None)

        webhook_contact_org = cls(
            company=company,
            department=department,
            title=title,
        )

        webhook_contact_org.additional_properties = d
        return webhook_contact_org

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
