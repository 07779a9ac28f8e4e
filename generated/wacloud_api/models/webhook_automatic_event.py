from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAutomaticEvent")


@_attrs_define
class WebhookAutomaticEvent:
    """A lead (`event_name` `LeadSubmitted`) or a purchase (`Purchase`) that Meta detected in a chat that started from a
    Click-to-WhatsApp ad (the business opted in to automatic events); report it with the Conversions API.

        Example:
            {'id': 'wamid.HBgLMTIwNjY3NzQ3OTgVAgASGBQzQUY3MDVCQzFBODE5ODU4MUZEOQA=', 'event_name': 'Purchase', 'timestamp':
                1749069089, 'ctwa_clid': 'Aff-n8ZTODiE79d22KtAwQKj9e', 'custom_data': {'currency': 'USD', 'value': 25000}}

    """

    id: str | None = None
    """ The id of the message the event was detected in. """
    event_name: str | None = None
    """ `LeadSubmitted` or `Purchase` (open-ended). """
    timestamp: int | None = None
    """ When the webhook was triggered (Unix seconds). """
    ctwa_clid: str | None = None
    """ The ad's click id; absent for ads shown in WhatsApp Status. """
    custom_data: WebhookAutomaticEventCustomData | None = None
    """ The purchase's amount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_name = self.event_name

        timestamp = self.timestamp

        ctwa_clid = self.ctwa_clid

        custom_data: dict[str, Any] | None = None
        if self.custom_data is not None:
            custom_data = self.custom_data.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if id is not None:
            field_dict["id"] = id
        if event_name is not None:
            field_dict["event_name"] = event_name
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if ctwa_clid is not None:
            field_dict["ctwa_clid"] = ctwa_clid
        if custom_data is not None:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        event_name = d.pop("event_name", None)

        timestamp = d.pop("timestamp", None)

        ctwa_clid = d.pop("ctwa_clid", None)

        _custom_data = d.pop("custom_data", None)
        custom_data: WebhookAutomaticEventCustomData | None
        if _custom_data is None:
            custom_data = None
        else:
            custom_data = WebhookAutomaticEventCustomData.from_dict(_custom_data)

        webhook_automatic_event = cls(
            id=id,
            event_name=event_name,
            timestamp=timestamp,
            ctwa_clid=ctwa_clid,
            custom_data=custom_data,
        )

        webhook_automatic_event.additional_properties = d
        return webhook_automatic_event

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
from ..models.webhook_automatic_event_custom_data import WebhookAutomaticEventCustomData  # noqa: E402
