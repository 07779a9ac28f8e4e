from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAutomaticEventsChange")


@_attrs_define
class WebhookAutomaticEventsChange:
    """An `automatic_events` change.

    Example:
        {'field': 'automatic_events', 'value': {'messaging_product': 'whatsapp', 'metadata': {'display_phone_number':
            '15550783881', 'phone_number_id': '106540352242922'}, 'automatic_events': [{'id':
            'wamid.HBgLMTIwNjY3NzQ3OTgVAgASGBQzQUY3MDVCQzFBODE5ODU4MUZEOQA=', 'event_name': 'Purchase', 'timestamp':
            1749069089, 'ctwa_clid': 'Aff-n8ZTODiE79d22KtAwQKj9e', 'custom_data': {'currency': 'USD', 'value': 25000}}]}}

    """

    field: Literal["automatic_events"]
    """ The subscribed field: always `automatic_events` for this variant. """
    value: WebhookAutomaticEventsValue
    """ Detected lead and purchase events, one event per item. """
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
        field = cast(Literal["automatic_events"], d.pop("field"))
        if field != "automatic_events":
            raise ValueError(f"field must match const 'automatic_events', got '{field}'")

        value = WebhookAutomaticEventsValue.from_dict(d.pop("value"))

        webhook_automatic_events_change = cls(
            field=field,
            value=value,
        )

        webhook_automatic_events_change.additional_properties = d
        return webhook_automatic_events_change

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
from ..models.webhook_automatic_events_value import WebhookAutomaticEventsValue  # noqa: E402
