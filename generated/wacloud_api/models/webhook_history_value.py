from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookHistoryValue")


@_attrs_define
class WebhookHistoryValue:
    """Chat history chunks, one event per item.

    Example:
        {'messaging_product': 'whatsapp', 'metadata': {'display_phone_number': '15550783881', 'phone_number_id':
            '106540352242922'}, 'history': [{'metadata': {'phase': 0, 'chunk_order': 1, 'progress': 55}, 'threads': []}]}

    """

    messaging_product: str | None = None
    """ Always `whatsapp`. """
    metadata: WebhookMetadata | None = None
    """ The business phone number that received the event; route tenants on `phone_number_id`. """
    history: list[WebhookHistoryChunk] | None = None
    """ The chunks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        metadata: dict[str, Any] | None = None
        if self.metadata is not None:
            metadata = self.metadata.to_dict()

        history: list[dict[str, Any]] | None = None
        if self.history is not None:
            history = [history_item_data.to_dict() for history_item_data in self.history]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if messaging_product is not None:
            field_dict["messaging_product"] = messaging_product
        if metadata is not None:
            field_dict["metadata"] = metadata
        if history is not None:
            field_dict["history"] = history

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

        _history = d.pop("history", None)
        history: list[WebhookHistoryChunk] | None = None
        if _history is not None:
            history = []
            for history_item_data in _history:
                history_item = WebhookHistoryChunk.from_dict(history_item_data)

                history.append(history_item)

        webhook_history_value = cls(
            messaging_product=messaging_product,
            metadata=metadata,
            history=history,
        )

        webhook_history_value.additional_properties = d
        return webhook_history_value

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
from ..models.webhook_history_chunk import WebhookHistoryChunk  # noqa: E402
from ..models.webhook_metadata import WebhookMetadata  # noqa: E402
