from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookHistoryContext")


@_attrs_define
class WebhookHistoryContext:
    """What the WhatsApp Business app knew about a synchronized message.

    Example:
        {'status': 'READ'}

    """

    status: str | None = None
    """ The message's last status, e.g. `DELIVERED`, `READ`, `PLAYED`, `ERROR`, `PENDING` (open-ended). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if status is not None:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", None)

        webhook_history_context = cls(
            status=status,
        )

        webhook_history_context.additional_properties = d
        return webhook_history_context

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
