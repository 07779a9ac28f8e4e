from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageHistoryEntry")


@_attrs_define
class MessageHistoryEntry:
    """The delivery history of one sent message.

    Example:
        {'id': '2251607983241506', 'message_id': 'wamid.HBgLMTY0NzM3Nzc3NzUVAgARGBI5QTNEQTA2RjdGMEY4RTRGAA=='}

    """

    id: str
    """ The entry id (`message_history_id`). """
    message_id: str | None = None
    """ The message (`wamid.`). """
    events: MessageHistoryEventList | None = None
    """ The status events of a message (an expanded edge). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message_id = self.message_id

        events: dict[str, Any] | None = None
        if self.events is not None:
            events = self.events.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if message_id is not None:
            field_dict["message_id"] = message_id
        if events is not None:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        message_id = d.pop("message_id", None)

        _events = d.pop("events", None)
        events: MessageHistoryEventList | None
        if _events is None:
            events = None
        else:
            events = MessageHistoryEventList.from_dict(_events)

        message_history_entry = cls(
            id=id,
            message_id=message_id,
            events=events,
        )

        message_history_entry.additional_properties = d
        return message_history_entry

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
from ..models.message_history_event_list import MessageHistoryEventList  # noqa: E402
