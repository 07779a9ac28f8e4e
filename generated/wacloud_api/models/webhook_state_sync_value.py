from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookStateSyncValue")


@_attrs_define
class WebhookStateSyncValue:
    """Contact synchronization, one event per item.

    Example:
        {'messaging_product': 'whatsapp', 'metadata': {'display_phone_number': '15550783881', 'phone_number_id':
            '106540352242922'}, 'state_sync': [{'type': 'contact', 'contact': {'full_name': 'Pablo Morales', 'first_name':
            'Pablo', 'phone_number': '16505551234'}, 'action': 'add', 'metadata': {'timestamp': '1739321024'}}]}

    """

    messaging_product: str | None = None
    """ Always `whatsapp`. """
    metadata: WebhookMetadata | None = None
    """ The business phone number that received the event; route tenants on `phone_number_id`. """
    state_sync: list[WebhookStateSync] | None = None
    """ The contacts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        metadata: dict[str, Any] | None = None
        if self.metadata is not None:
            metadata = self.metadata.to_dict()

        state_sync: list[dict[str, Any]] | None = None
        if self.state_sync is not None:
            state_sync = [state_sync_item_data.to_dict() for state_sync_item_data in self.state_sync]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if messaging_product is not None:
            field_dict["messaging_product"] = messaging_product
        if metadata is not None:
            field_dict["metadata"] = metadata
        if state_sync is not None:
            field_dict["state_sync"] = state_sync

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

        _state_sync = d.pop("state_sync", None)
        state_sync: list[WebhookStateSync] | None = None
        if _state_sync is not None:
            state_sync = []
            for state_sync_item_data in _state_sync:
                state_sync_item = WebhookStateSync.from_dict(state_sync_item_data)

                state_sync.append(state_sync_item)

        webhook_state_sync_value = cls(
            messaging_product=messaging_product,
            metadata=metadata,
            state_sync=state_sync,
        )

        webhook_state_sync_value.additional_properties = d
        return webhook_state_sync_value

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
from ..models.webhook_metadata import WebhookMetadata  # noqa: E402
from ..models.webhook_state_sync import WebhookStateSync  # noqa: E402
