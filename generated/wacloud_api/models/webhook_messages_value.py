from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookMessagesValue")


@_attrs_define
class WebhookMessagesValue:
    """The value of a `messages` change: one of `messages`, `statuses`, `errors` or `user_actions`, plus metadata and the
    senders' profiles.

        Example:
            {'messaging_product': 'whatsapp', 'metadata': {'display_phone_number': '15550783881', 'phone_number_id':
                '106540352242922'}, 'contacts': [{'profile': {'name': 'Sheena Nelson'}, 'wa_id': '16505551234'}], 'messages':
                [{'from': '16505551234', 'id': 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=', 'timestamp':
                '1749416383', 'type': 'text', 'text': {'body': 'Does it come in another color?'}}]}

    """

    messaging_product: str | None = None
    """ Always `whatsapp`. """
    metadata: WebhookMetadata | None = None
    """ The business phone number that received the event; route tenants on `phone_number_id`. """
    contacts: list[WebhookContact] | None = None
    """ Profiles of the message senders. """
    messages: (
        list[
            WebhookAudioMessage
            | WebhookButtonMessage
            | WebhookContactsMessage
            | WebhookDocumentMessage
            | WebhookEditMessage
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
    """ Incoming messages. """
    statuses: list[WebhookStatus] | None = None
    """ Status updates of messages the business sent. """
    errors: list[WebhookError] | None = None
    """ Errors Meta could not attach to a message. """
    user_actions: list[WebhookUserAction] | None = None
    """ What users did with the business's messages (clicks on the links of Marketing Messages API messages); one
    `UserAction` event each. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        metadata: dict[str, Any] | None = None
        if self.metadata is not None:
            metadata = self.metadata.to_dict()

        contacts: list[dict[str, Any]] | None = None
        if self.contacts is not None:
            contacts = [contacts_item_data.to_dict() for contacts_item_data in self.contacts]

        messages: list[dict[str, Any]] | None = None
        if self.messages is not None:
            messages = [messages_item_data.to_dict() for messages_item_data in self.messages]

        statuses: list[dict[str, Any]] | None = None
        if self.statuses is not None:
            statuses = [statuses_item_data.to_dict() for statuses_item_data in self.statuses]

        errors: list[dict[str, Any]] | None = None
        if self.errors is not None:
            errors = [errors_item_data.to_dict() for errors_item_data in self.errors]

        user_actions: list[dict[str, Any]] | None = None
        if self.user_actions is not None:
            user_actions = [user_actions_item_data.to_dict() for user_actions_item_data in self.user_actions]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if messaging_product is not None:
            field_dict["messaging_product"] = messaging_product
        if metadata is not None:
            field_dict["metadata"] = metadata
        if contacts is not None:
            field_dict["contacts"] = contacts
        if messages is not None:
            field_dict["messages"] = messages
        if statuses is not None:
            field_dict["statuses"] = statuses
        if errors is not None:
            field_dict["errors"] = errors
        if user_actions is not None:
            field_dict["user_actions"] = user_actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = d.pop("messaging_product", None)

        _metadata = d.pop("metadata", None)
        metadata: WebhookMetadata | None
        if _metadata is None:
            metadata = None
        else:
            metadata = WebhookMetadata.from_dict(_metadata)

        _contacts = d.pop("contacts", None)
        contacts: list[WebhookContact] | None = None
        if _contacts is not None:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = WebhookContact.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        _messages = d.pop("messages", None)
        messages: (
            list[
                WebhookAudioMessage
                | WebhookButtonMessage
                | WebhookContactsMessage
                | WebhookDocumentMessage
                | WebhookEditMessage
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
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_incoming_message_type_15 = WebhookUnknownMessage.from_dict(data)

                    return componentsschemas_webhook_incoming_message_type_15

                messages_item = _parse_messages_item(messages_item_data)

                messages.append(messages_item)

        _statuses = d.pop("statuses", None)
        statuses: list[WebhookStatus] | None = None
        if _statuses is not None:
            statuses = []
            for statuses_item_data in _statuses:
                statuses_item = WebhookStatus.from_dict(statuses_item_data)

                statuses.append(statuses_item)

        _errors = d.pop("errors", None)
        errors: list[WebhookError] | None = None
        if _errors is not None:
            errors = []
            for errors_item_data in _errors:
                errors_item = WebhookError.from_dict(errors_item_data)

                errors.append(errors_item)

        _user_actions = d.pop("user_actions", None)
        user_actions: list[WebhookUserAction] | None = None
        if _user_actions is not None:
            user_actions = []
            for user_actions_item_data in _user_actions:
                user_actions_item = WebhookUserAction.from_dict(user_actions_item_data)

                user_actions.append(user_actions_item)

        webhook_messages_value = cls(
            messaging_product=messaging_product,
            metadata=metadata,
            contacts=contacts,
            messages=messages,
            statuses=statuses,
            errors=errors,
            user_actions=user_actions,
        )

        webhook_messages_value.additional_properties = d
        return webhook_messages_value

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
from ..models.webhook_contact import WebhookContact  # noqa: E402
from ..models.webhook_contacts_message import WebhookContactsMessage  # noqa: E402
from ..models.webhook_document_message import WebhookDocumentMessage  # noqa: E402
from ..models.webhook_edit_message import WebhookEditMessage  # noqa: E402
from ..models.webhook_error import WebhookError  # noqa: E402
from ..models.webhook_image_message import WebhookImageMessage  # noqa: E402
from ..models.webhook_interactive_message import WebhookInteractiveMessage  # noqa: E402
from ..models.webhook_location_message import WebhookLocationMessage  # noqa: E402
from ..models.webhook_metadata import WebhookMetadata  # noqa: E402
from ..models.webhook_order_message import WebhookOrderMessage  # noqa: E402
from ..models.webhook_reaction_message import WebhookReactionMessage  # noqa: E402
from ..models.webhook_revoke_message import WebhookRevokeMessage  # noqa: E402
from ..models.webhook_status import WebhookStatus  # noqa: E402
from ..models.webhook_sticker_message import WebhookStickerMessage  # noqa: E402
from ..models.webhook_system_message import WebhookSystemMessage  # noqa: E402
from ..models.webhook_text_message import WebhookTextMessage  # noqa: E402
from ..models.webhook_unknown_message import WebhookUnknownMessage  # noqa: E402
from ..models.webhook_user_action import WebhookUserAction  # noqa: E402
from ..models.webhook_video_message import WebhookVideoMessage  # noqa: E402
