from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SentMessage")


@_attrs_define
class SentMessage:
    """A message created by a send.

    Example:
        {'id': 'wamid.HBgLMTU1NTEyMzQ1NjcVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA', 'message_status': 'accepted'}

    """

    id: str
    """ The message id (`wamid.…`), used by status webhooks, replies and reactions. """
    message_status: str | None = None
    """ Pacing state of a template send: `accepted`, `held_for_quality_assessment` or `paused`. Open-ended:
    values Meta adds later are passed through.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message_status = self.message_status

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if message_status is not None:
            field_dict["message_status"] = message_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        message_status = d.pop("message_status", None)

        sent_message = cls(
            id=id,
            message_status=message_status,
        )

        sent_message.additional_properties = d
        return sent_message

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
