from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAutomaticEventsValue")


@_attrs_define
class WebhookAutomaticEventsValue:
    """Detected lead and purchase events, one event per item.

    Example:
        {'messaging_product': 'whatsapp', 'metadata': {'display_phone_number': '15550783881', 'phone_number_id':
            '106540352242922'}, 'automatic_events': [{'id':
            'wamid.HBgLMTIwNjY3NzQ3OTgVAgASGBQzQUY3MDVCQzFBODE5ODU4MUZEOQA=', 'event_name': 'LeadSubmitted', 'timestamp':
            1749069089, 'ctwa_clid': 'Afc3nYt4TTydumlFFsatFz8bR2yHCtVA92Veu_zDE4DgAI'}]}

    """

    messaging_product: str | None = None
    """ Always `whatsapp`. """
    metadata: WebhookMetadata | None = None
    """ The business phone number that received the event; route tenants on `phone_number_id`. """
    automatic_events: list[WebhookAutomaticEvent] | None = None
    """ The events. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        metadata: dict[str, Any] | None = None
        if self.metadata is not None:
            metadata = self.metadata.to_dict()

        automatic_events: list[dict[str, Any]] | None = None
        if self.automatic_events is not None:
            automatic_events = [
                automatic_events_item_data.to_dict() for automatic_events_item_data in self.automatic_events
            ]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if messaging_product is not None:
            field_dict["messaging_product"] = messaging_product
        if metadata is not None:
            field_dict["metadata"] = metadata
        if automatic_events is not None:
            field_dict["automatic_events"] = automatic_events

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

        _automatic_events = d.pop("automatic_events", None)
        automatic_events: list[WebhookAutomaticEvent] | None = None
        if _automatic_events is not None:
            automatic_events = []
            for automatic_events_item_data in _automatic_events:
                automatic_events_item = WebhookAutomaticEvent.from_dict(automatic_events_item_data)

                automatic_events.append(automatic_events_item)

        webhook_automatic_events_value = cls(
            messaging_product=messaging_product,
            metadata=metadata,
            automatic_events=automatic_events,
        )

        webhook_automatic_events_value.additional_properties = d
        return webhook_automatic_events_value

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
from ..models.webhook_automatic_event import WebhookAutomaticEvent  # noqa: E402
from ..models.webhook_metadata import WebhookMetadata  # noqa: E402
