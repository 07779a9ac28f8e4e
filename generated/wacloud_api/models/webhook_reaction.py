from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookReaction")


@_attrs_define
class WebhookReaction:
    """Content of a reaction message; no `emoji` means the reaction was removed.

    Example:
        {'message_id': 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI0RTJEOTc2ODVERUY5RDlGNkYA', 'emoji': '👍'}

    """

    message_id: str | None = None
    """ The `wamid` reacted to. """
    emoji: str | None = None
    """ The emoji. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        emoji = self.emoji

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if message_id is not None:
            field_dict["message_id"] = message_id
        if emoji is not None:
            field_dict["emoji"] = emoji

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id", None)

        emoji = d.pop("emoji", None)

        webhook_reaction = cls(
            message_id=message_id,
            emoji=emoji,
        )

        webhook_reaction.additional_properties = d
        return webhook_reaction

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
