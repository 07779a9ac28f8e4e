from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookCallsChange")


@_attrs_define
class WebhookCallsChange:
    """A `calls` change. A call was connected or ended, or a business-initiated call's status changed.

    Example:
        {'value': {'messaging_product': 'whatsapp', 'metadata': {'display_phone_number': '13175551399',
            'phone_number_id': '436666719526789'}, 'contacts': [{'profile': {'name': 'Sheena Nelson'}, 'wa_id':
            '13175551399'}], 'calls': [{'id': 'wacid.ABGGFjFVU2AfAgo6V-Hc5eCgK5Gh', 'to': '16315553601', 'from':
            '13175551399', 'event': 'connect', 'timestamp': '1671644824', 'direction': 'USER_INITIATED', 'session':
            {'sdp_type': 'offer', 'sdp': 'v=0\\r\\no=- 7669997803033704573 2 IN IP4 127.0.0.1\\r\\ns=-\\r\\nt=0
            0\\r\\n'}}]}, 'field': 'calls'}

    """

    field: Literal["calls"]
    """ The subscribed field: always `calls` for this variant. """
    value: WebhookCallsValue
    """ `calls` events: one per item of `calls` (connect, terminate) and of `statuses` (call statuses). """
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
        field = cast(Literal["calls"], d.pop("field"))
        if field != "calls":
            raise ValueError(f"field must match const 'calls', got '{field}'")

        value = WebhookCallsValue.from_dict(d.pop("value"))

        webhook_calls_change = cls(
            field=field,
            value=value,
        )

        webhook_calls_change.additional_properties = d
        return webhook_calls_change

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
from ..models.webhook_calls_value import WebhookCallsValue  # noqa: E402
