from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookNotification")


@_attrs_define
class WebhookNotification:
    """One webhook delivery (POST body) for the `whatsapp_business_account` object. A delivery can batch several entries,
    each with several changes; process all of them. Verify `X-Hub-Signature-256` over the raw body before parsing.

        Example:
            {'object': 'whatsapp_business_account', 'entry': [{'id': '102290129340398', 'changes': [{'value':
                {'messaging_product': 'whatsapp', 'metadata': {'display_phone_number': '15550783881', 'phone_number_id':
                '106540352242922'}, 'contacts': [{'profile': {'name': 'Sheena Nelson'}, 'wa_id': '16505551234'}], 'messages':
                [{'from': '16505551234', 'id': 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=', 'timestamp':
                '1749416383', 'type': 'text', 'text': {'body': 'Does it come in another color?'}}]}, 'field': 'messages'}]}]}

    """

    object_: str
    """ Always `whatsapp_business_account` for WhatsApp notifications. """
    entry: list[WebhookEntry]
    """ One item per WhatsApp Business Account with changes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        entry = [entry_item_data.to_dict() for entry_item_data in self.entry]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "object": object_,
            "entry": entry,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object")

        entry = []
        _entry = d.pop("entry")
        for entry_item_data in _entry:
            entry_item = WebhookEntry.from_dict(entry_item_data)

            entry.append(entry_item)

        webhook_notification = cls(
            object_=object_,
            entry=entry,
        )

        webhook_notification.additional_properties = d
        return webhook_notification

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
from ..models.webhook_entry import WebhookEntry  # noqa: E402
