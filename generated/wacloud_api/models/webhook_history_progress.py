from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookHistoryProgress")


@_attrs_define
class WebhookHistoryProgress:
    """Where a history chunk sits in the synchronization.

    Example:
        {'phase': 0, 'chunk_order': 1, 'progress': 55}

    """

    phase: int | None = None
    """ `0` (day 0 to 1 before onboarding), `1` (day 1 to 90) or `2` (day 90 to 180). """
    chunk_order: int | None = None
    """ The chunk's number within its phase; chunks may arrive out of order. """
    progress: int | None = None
    """ Overall progress in percent; `100` when synchronization is complete. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase = self.phase

        chunk_order = self.chunk_order

        progress = self.progress

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if phase is not None:
            field_dict["phase"] = phase
        if chunk_order is not None:
            field_dict["chunk_order"] = chunk_order
        if progress is not None:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phase = d.pop("phase", None)

        chunk_order = d.pop("chunk_order", None)

        progress = d.pop("progress", None)

        webhook_history_progress = cls(
            phase=phase,
            chunk_order=chunk_order,
            progress=progress,
        )

        webhook_history_progress.additional_properties = d
        return webhook_history_progress

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
