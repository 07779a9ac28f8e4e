from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookHistoryThread")


@_attrs_define
class WebhookHistoryThread:
    """The synchronized messages of one chat with a WhatsApp user (group chats are not synchronized).

    Example:
        {'id': '16505551234', 'messages': [{'from': '16505551234', 'id':
            'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=', 'timestamp': '1739321024', 'type': 'text',
            'text': {'body': 'Are you still open on Sunday?'}, 'history_context': {'status': 'READ'}}]}

    """

    id: str | None = None
    """ The WhatsApp user's phone number. """
    messages: (
        list[
            WebhookAudioMessage
            | WebhookButtonMessage
            | WebhookContactsMessage
            | WebhookDocumentMessage
            | WebhookEditMessage
            | WebhookHistoryMessageType1
            | WebhookImageMessage
            | WebhookInteractiveMessage
            | WebhookLocationMessage
            | WebhookOrderMessage
            | WebhookReactionMessage
            | WebhookRevokeMessage
            | WebhookStickerMessage
            | WebhookSystemMessage
            | WebhookTextMessage
            | WebhookUnknownMessage
            | WebhookVideoMessage
        ]
        | None
    ) = None
    """ The thread's messages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        messages: list[dict[str, Any]] | None = None
        if self.messages is not None:
            messages = [messages_item_data.to_dict() for messages_item_data in self.messages]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if id is not None:
            field_dict["id"] = id
        if messages is not None:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        _messages = d.pop("messages", None)
        messages: (
            list[
                WebhookAudioMessage
                | WebhookButtonMessage
                | WebhookContactsMessage
                | WebhookDocumentMessage
                | WebhookEditMessage
                | WebhookHistoryMessageType1
                | WebhookImageMessage
                | WebhookInteractiveMessage
                | WebhookLocationMessage
                | WebhookOrderMessage
                | WebhookReactionMessage
                | WebhookRevokeMessage
                | WebhookStickerMessage
                | WebhookSystemMessage
                | WebhookTextMessage
                | WebhookUnknownMessage
                | WebhookVideoMessage
            ]
            | None
        ) = None
        if _messages is not None:
            messages = []
            for messages_item_data in _messages:

                def _parse_messages_item(
                    data: object,
                ) -> (
                    WebhookAudioMessage
                    | WebhookButtonMessage
                    | WebhookContactsMessage
                    | WebhookDocumentMessage
                    | WebhookEditMessage
                    | WebhookHistoryMessageType1
                    | WebhookImageMessage
                    | WebhookInteractiveMessage
                    | WebhookLocationMessage
                    | WebhookOrderMessage
                    | WebhookReactionMessage
                    | WebhookRevokeMessage
                    | WebhookStickerMessage
                    | WebhookSystemMessage
                    | WebhookTextMessage
                    | WebhookUnknownMessage
                    | WebhookVideoMessage
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_webhook_incoming_message_type_0 = WebhookTextMessage.from_dict(data)

                        return componentsschemas_webhook_incoming_message_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_webhook_incoming_message_type_1 = WebhookImageMessage.from_dict(data)

                        return componentsschemas_webhook_incoming_message_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_webhook_incoming_message_type_2 = WebhookAudioMessage.from_dict(data)

                        return componentsschemas_webhook_incoming_message_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_webhook_incoming_message_type_3 = WebhookVideoMessage.from_dict(data)

                        return componentsschemas_webhook_incoming_message_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_webhook_incoming_message_type_4 = WebhookDocumentMessage.from_dict(data)

                        return componentsschemas_webhook_incoming_message_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_webhook_incoming_message_type_5 = WebhookStickerMessage.from_dict(data)

                        return componentsschemas_webhook_incoming_message_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_webhook_incoming_message_type_6 = WebhookLocationMessage.from_dict(data)

                        return componentsschemas_webhook_incoming_message_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_webhook_incoming_message_type_7 = WebhookContactsMessage.from_dict(data)

                        return componentsschemas_webhook_incoming_message_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_webhook_incoming_message_type_8 = WebhookReactionMessage.from_dict(data)

                        return componentsschemas_webhook_incoming_message_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_webhook_incoming_message_type_9 = WebhookInteractiveMessage.from_dict(data)

                        return componentsschemas_webhook_incoming_message_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_webhook_incoming_message_type_10 = WebhookButtonMessage.from_dict(data)

                        return componentsschemas_webhook_incoming_message_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_webhook_incoming_message_type_11 = WebhookOrderMessage.from_dict(data)

                        return componentsschemas_webhook_incoming_message_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_webhook_incoming_message_type_12 = WebhookSystemMessage.from_dict(data)

                        return componentsschemas_webhook_incoming_message_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_webhook_incoming_message_type_13 = WebhookEditMessage.from_dict(data)

                        return componentsschemas_webhook_incoming_message_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_webhook_incoming_message_type_14 = WebhookRevokeMessage.from_dict(data)

                        return componentsschemas_webhook_incoming_message_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_webhook_incoming_message_type_15 = WebhookUnknownMessage.from_dict(data)

                        return componentsschemas_webhook_incoming_message_type_15
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_history_message_type_1 = WebhookHistoryMessageType1.from_dict(data)

                    return componentsschemas_webhook_history_message_type_1

                messages_item = _parse_messages_item(messages_item_data)

                messages.append(messages_item)

        webhook_history_thread = cls(
            id=id,
            messages=messages,
        )

        webhook_history_thread.additional_properties = d
        return webhook_history_thread

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
from ..models.webhook_audio_message import WebhookAudioMessage  # noqa: E402
from ..models.webhook_button_message import WebhookButtonMessage  # noqa: E402
from ..models.webhook_contacts_message import WebhookContactsMessage  # noqa: E402
from ..models.webhook_document_message import WebhookDocumentMessage  # noqa: E402
from ..models.webhook_edit_message import WebhookEditMessage  # noqa: E402
from ..models.webhook_history_message_type_1 import WebhookHistoryMessageType1  # noqa: E402
from ..models.webhook_image_message import WebhookImageMessage  # noqa: E402
from ..models.webhook_interactive_message import WebhookInteractiveMessage  # noqa: E402
from ..models.webhook_location_message import WebhookLocationMessage  # noqa: E402
from ..models.webhook_order_message import WebhookOrderMessage  # noqa: E402
from ..models.webhook_reaction_message import WebhookReactionMessage  # noqa: E402
from ..models.webhook_revoke_message import WebhookRevokeMessage  # noqa: E402
from ..models.webhook_sticker_message import WebhookStickerMessage  # noqa: E402
from ..models.webhook_system_message import WebhookSystemMessage  # noqa: E402
from ..models.webhook_text_message import WebhookTextMessage  # noqa: E402
from ..models.webhook_unknown_message import WebhookUnknownMessage  # noqa: E402
from ..models.webhook_video_message import WebhookVideoMessage  # noqa: E402
