from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookStateSyncChange")


@_attrs_define
class WebhookStateSyncChange:
    """A `smb_app_state_sync` change. Contacts of the business's WhatsApp Business app were synchronized.

    Example:
        {'field': 'smb_app_state_sync', 'value': {'messaging_product': 'whatsapp', 'metadata': {'display_phone_number':
            '15550783881', 'phone_number_id': '106540352242922'}, 'state_sync': [{'type': 'contact', 'contact':
            {'phone_number': '16505551234'}, 'action': 'remove', 'metadata': {'timestamp': '1739321024'}}]}}

    """

    field: Literal["smb_app_state_sync"]
    """ The subscribed field: always `smb_app_state_sync` for this variant. """
    value: WebhookStateSyncValue
    """ Contact synchronization, one event per item. """
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
        field = cast(Literal["smb_app_state_sync"], d.pop("field"))
        if field != "smb_app_state_sync":
            raise ValueError(f"field must match const 'smb_app_state_sync', got '{field}'")

        value = WebhookStateSyncValue.from_dict(d.pop("value"))

        webhook_state_sync_change = cls(
            field=field,
            value=value,
        )

        webhook_state_sync_change.additional_properties = d
        return webhook_state_sync_change

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
from ..models.webhook_state_sync_value import WebhookStateSyncValue  # noqa: E402
