from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookMessageEdit")


@_attrs_define
class WebhookMessageEdit:
    """Content of an `edit` message (WhatsApp Business app numbers on Cloud API, "coexistence"): the user edited a text or
    a caption they sent, within 15 minutes of sending it.

        Example:
            {'original_message_id': 'wamid.HBgLMTQxMjU1NTA4MjkVAgASGBQzQUNCNjk5RDUwNUZGMUZEM0VBRAA=', 'message': {'context':
                {'id': 'M0'}, 'type': 'image', 'image': {'caption': 'Updated image caption', 'mime_type': 'image/jpeg',
                'sha256': 'a1b2c3d4e5f6', 'id': '1234567890'}}}

    """

    original_message_id: str | None = None
    """ The `wamid` of the message that was edited (the `edit` message has its own id). """
    message: WebhookEditedContent | None = None
    """ The new content of an edited message, shaped like an incoming message without `from`, `id` and `timestamp`:
    read it through the property named like its `type` (a text, or a captioned image, video or document). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_message_id = self.original_message_id

        message: dict[str, Any] | None = None
        if self.message is not None:
            message = self.message.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if original_message_id is not None:
            field_dict["original_message_id"] = original_message_id
        if message is not None:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        original_message_id = d.pop("original_message_id", None)

        _message = d.pop("message", None)
        message: WebhookEditedContent | None
        if _message is None:
            message = None
        else:
            message = WebhookEditedContent.from_dict(_message)

        webhook_message_edit = cls(
            original_message_id=original_message_id,
            message=message,
        )

        webhook_message_edit.additional_properties = d
        return webhook_message_edit

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
from ..models.webhook_edited_content import WebhookEditedContent  # noqa: E402
