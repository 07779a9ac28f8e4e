from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReplyButtonReply")


@_attrs_define
class ReplyButtonReply:
    """A reply button's id (returned in the webhook) and title.

    Example:
        {'id': 'yes', 'title': 'Yes'}

    """

    id: str
    """ Returned in `interactive.button_reply.id` when tapped. """
    title: str
    """ Button label. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
            "title": title,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        reply_button_reply = cls(
            id=id,
            title=title,
        )

        reply_button_reply.additional_properties = d
        return reply_button_reply

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
