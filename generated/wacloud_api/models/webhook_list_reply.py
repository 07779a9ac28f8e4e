from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookListReply")


@_attrs_define
class WebhookListReply:
    """A chosen list row.

    Example:
        {'id': 'priority_express', 'title': 'Priority Mail Express', 'description': 'Next Day to 2 Days'}

    """

    id: str | None = None
    """ Row id set when sending. """
    title: str | None = None
    """ Row title. """
    description: str | None = None
    """ Row description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if id is not None:
            field_dict["id"] = id
        if title is not None:
            field_dict["title"] = title
        if description is not None:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        title = d.pop("title", None)

        description = d.pop("description", None)

        webhook_list_reply = cls(
            id=id,
            title=title,
            description=description,
        )

        webhook_list_reply.additional_properties = d
        return webhook_list_reply

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
