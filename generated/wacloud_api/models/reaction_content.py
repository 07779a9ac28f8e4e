from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReactionContent")


@_attrs_define
class ReactionContent:
    """The message reacted to and the emoji.

    Example:
        {'message_id': 'wamid.HBgLMTU1NTEyMzQ1NjcVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA', 'emoji': '👍'}

    """

    message_id: str
    """ The `wamid` of the message to react to. """
    emoji: str
    """ One emoji, or an empty string to remove the reaction. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        emoji = self.emoji

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "message_id": message_id,
            "emoji": emoji,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        emoji = d.pop("emoji")

        reaction_content = cls(
            message_id=message_id,
            emoji=emoji,
        )

        reaction_content.additional_properties = d
        return reaction_content

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
