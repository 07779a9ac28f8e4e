from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookMessagesChange")


@_attrs_define
class WebhookMessagesChange:
    """A `messages` change. Incoming messages, status updates of sent messages, or errors.

    Example:
        {'value': {'messaging_product': 'whatsapp', 'metadata': {'display_phone_number': '15550783881',
            'phone_number_id': '106540352242922'}, 'contacts': [{'profile': {'name': 'Sheena Nelson'}, 'wa_id':
            '16505551234'}], 'messages': [{'from': '16505551234', 'id':
            'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=', 'timestamp': '1749416383', 'type': 'text',
            'text': {'body': 'Does it come in another color?'}}]}, 'field': 'messages'}

    """

    field: Literal["messages"]
    """ The subscribed field: always `messages` for this variant. """
    value: WebhookMessagesValue
    """ The value of a `messages` change: one of `messages`, `statuses`, `errors` or `user_actions`, plus metadata
    and the senders' profiles. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        value = self.value.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "field": field,
            "value": value,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = cast(Literal["messages"], d.pop("field"))
        if field != "messages":
            raise ValueError(f"field must match const 'messages', got '{field}'")

        value = WebhookMessagesValue.from_dict(d.pop("value"))

        webhook_messages_change = cls(
            field=field,
            value=value,
        )

        webhook_messages_change.additional_properties = d
        return webhook_messages_change

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
from ..models.webhook_messages_value import WebhookMessagesValue  # noqa: E402
