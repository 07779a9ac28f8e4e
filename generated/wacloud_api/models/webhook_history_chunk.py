from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookHistoryChunk")


@_attrs_define
class WebhookHistoryChunk:
    """A chunk of the WhatsApp Business app chat history (coexistence), or `errors` when the business declined to share its
    history (code 2593109). One webhook can hold thousands of messages: store it, then process it asynchronously.

        Example:
            {'metadata': {'phase': 0, 'chunk_order': 1, 'progress': 55}, 'threads': [{'id': '16505551234', 'messages':
                [{'from': '16505551234', 'id': 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=', 'timestamp':
                '1739321024', 'type': 'text', 'text': {'body': 'Are you still open on Sunday?'}, 'history_context': {'status':
                'READ'}}]}]}

    """

    metadata: WebhookHistoryProgress | None = None
    """ Where a history chunk sits in the synchronization. """
    threads: list[WebhookHistoryThread] | None = None
    """ The chat threads of this chunk. """
    errors: list[WebhookError] | None = None
    """ Why no history is shared (the business declined). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | None = None
        if self.metadata is not None:
            metadata = self.metadata.to_dict()

        threads: list[dict[str, Any]] | None = None
        if self.threads is not None:
            threads = [threads_item_data.to_dict() for threads_item_data in self.threads]

        errors: list[dict[str, Any]] | None = None
        if self.errors is not None:
            errors = [errors_item_data.to_dict() for errors_item_data in self.errors]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if metadata is not None:
            field_dict["metadata"] = metadata
        if threads is not None:
            field_dict["threads"] = threads
        if errors is not None:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _metadata = d.pop("metadata", None)
        metadata: WebhookHistoryProgress | None
        if _metadata is None:
            metadata = None
        else:
            metadata = WebhookHistoryProgress.from_dict(_metadata)

        _threads = d.pop("threads", None)
        threads: list[WebhookHistoryThread] | None = None
        if _threads is not None:
            threads = []
            for threads_item_data in _threads:
                threads_item = WebhookHistoryThread.from_dict(threads_item_data)

                threads.append(threads_item)

        _errors = d.pop("errors", None)
        errors: list[WebhookError] | None = None
        if _errors is not None:
            errors = []
            for errors_item_data in _errors:
                errors_item = WebhookError.from_dict(errors_item_data)

                errors.append(errors_item)

        webhook_history_chunk = cls(
            metadata=metadata,
            threads=threads,
            errors=errors,
        )

        webhook_history_chunk.additional_properties = d
        return webhook_history_chunk

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
from ..models.webhook_error import WebhookError  # noqa: E402
from ..models.webhook_history_progress import WebhookHistoryProgress  # noqa: E402
from ..models.webhook_history_thread import WebhookHistoryThread  # noqa: E402
