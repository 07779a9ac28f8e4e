from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SendMessageResponse")


@_attrs_define
class SendMessageResponse:
    """The answer to a successful send.

    Example:
        {'messaging_product': 'whatsapp', 'contacts': [{'input': '+1 555 123 4567', 'wa_id': '15551234567'}],
            'messages': [{'id': 'wamid.HBgLMTU1NTEyMzQ1NjcVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA', 'message_status':
            'accepted'}]}

    """

    messaging_product: str
    """ Always `whatsapp`. """
    contacts: list[MessageRecipient]
    """ The recipient as given and as resolved to a WhatsApp id. """
    messages: list[SentMessage]
    """ The message created (one item). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        contacts = [contacts_item_data.to_dict() for contacts_item_data in self.contacts]

        messages = [messages_item_data.to_dict() for messages_item_data in self.messages]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "messaging_product": messaging_product,
            "contacts": contacts,
            "messages": messages,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = d.pop("messaging_product")

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = MessageRecipient.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = SentMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        send_message_response = cls(
            messaging_product=messaging_product,
            contacts=contacts,
            messages=messages,
        )

        send_message_response.additional_properties = d
        return send_message_response

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
from ..models.message_recipient import MessageRecipient  # noqa: E402
from ..models.sent_message import SentMessage  # noqa: E402
