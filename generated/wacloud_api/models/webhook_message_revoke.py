from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookMessageRevoke")


@_attrs_define
class WebhookMessageRevoke:
    """Content of a `revoke` message (coexistence): the user deleted a message they sent, within two days of sending it.
    Meta sends nothing of the deleted content.

        Example:
            {'original_message_id': 'wamid.HBgLMTQxMjU1NTA4MjkVAgASGBQzQUNCNjk5RDUwNUZGMUZEM0VBRAA='}

    """

    original_message_id: str | None = None
    """ The `wamid` of the deleted message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_message_id = self.original_message_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if original_message_id is not None:
            field_dict["original_message_id"] = original_message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        original_message_id = d.pop("original_message_id", None)

        webhook_message_revoke = cls(
            original_message_id=original_message_id,
        )

        webhook_message_revoke.additional_properties = d
        return webhook_message_revoke

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
