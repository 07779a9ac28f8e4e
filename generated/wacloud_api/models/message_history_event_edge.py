from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageHistoryEventEdge")


@_attrs_define
class MessageHistoryEventEdge:
    """A status event and its cursor.

    Example:
        {'cursor': 'MTAxNTExOTQ1MjAwNzI5NDE=', 'node': {'id': '2345678901234567', 'delivery_status': 'SENT'}}

    """

    node: MessageHistoryEvent
    """ One status event of a message. """
    cursor: str | None = None
    """ The edge's cursor. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node = self.node.to_dict()

        cursor = self.cursor

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "node": node,
        }
        if cursor is not None:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node = MessageHistoryEvent.from_dict(d.pop("node"))

        cursor = d.pop("cursor", None)

        message_history_event_edge = cls(
            node=node,
            cursor=cursor,
        )

        message_history_event_edge.additional_properties = d
        return message_history_event_edge

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
from ..models.message_history_event import MessageHistoryEvent  # noqa: E402
