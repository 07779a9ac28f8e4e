from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookConversation")


@_attrs_define
class WebhookConversation:
    """The conversation of a status (API v23.0 and below; v24.0+ sends only `pricing`).

    Example:
        {'id': 'a75d17ad06104c51166f948319b03c6a', 'expiration_timestamp': '1750943820', 'origin': {'type': 'service'}}

    """

    id: str | None = None
    """ Conversation id. """
    expiration_timestamp: str | None = None
    """ Unix time (seconds) when the conversation window closes. """
    origin: WebhookConversationOrigin | None = None
    """ Where a conversation started. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        expiration_timestamp = self.expiration_timestamp

        origin: dict[str, Any] | None = None
        if self.origin is not None:
            origin = self.origin.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if id is not None:
            field_dict["id"] = id
        if expiration_timestamp is not None:
            field_dict["expiration_timestamp"] = expiration_timestamp
        if origin is not None:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        expiration_timestamp = d.pop("expiration_timestamp", None)

        _origin = d.pop("origin", None)
        origin: WebhookConversationOrigin | None
        if _origin is None:
            origin = None
        else:
            origin = WebhookConversationOrigin.from_dict(_origin)

        webhook_conversation = cls(
            id=id,
            expiration_timestamp=expiration_timestamp,
            origin=origin,
        )

        webhook_conversation.additional_properties = d
        return webhook_conversation

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
from ..models.webhook_conversation_origin import WebhookConversationOrigin  # noqa: E402
