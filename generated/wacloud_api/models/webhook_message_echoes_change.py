from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookMessageEchoesChange")


@_attrs_define
class WebhookMessageEchoesChange:
    """A `smb_message_echoes` change. The business sent messages from the WhatsApp Business app.

    Example:
        {'field': 'smb_message_echoes', 'value': {'messaging_product': 'whatsapp', 'metadata': {'display_phone_number':
            '15550783881', 'phone_number_id': '106540352242922'}, 'message_echoes': [{'from': '15550783881', 'to':
            '16505551234', 'id': 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=', 'timestamp':
            '1739321024', 'type': 'text', 'text': {'body': "Here's the info you requested!
            https://www.meta.com/quest/quest-3/"}}]}}

    """

    field: Literal["smb_message_echoes"]
    """ The subscribed field: always `smb_message_echoes` for this variant. """
    value: WebhookMessageEchoesValue
    """ Messages the business sent from the WhatsApp Business app, one event per item. """
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
        field = cast(Literal["smb_message_echoes"], d.pop("field"))
        if field != "smb_message_echoes":
            raise ValueError(f"field must match const 'smb_message_echoes', got '{field}'")

        value = WebhookMessageEchoesValue.from_dict(d.pop("value"))

        webhook_message_echoes_change = cls(
            field=field,
            value=value,
        )

        webhook_message_echoes_change.additional_properties = d
        return webhook_message_echoes_change

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
from ..models.webhook_message_echoes_value import WebhookMessageEchoesValue  # noqa: E402
