from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookHistoryMessageType1")


@_attrs_define
class WebhookHistoryMessageType1:
    """The recipient and the message's status."""

    to: str | None = None
    """ The WhatsApp user's phone number, on messages the business sent. """
    history_context: WebhookHistoryContext | None = None
    """ What the WhatsApp Business app knew about a synchronized message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        history_context: dict[str, Any] | None = None
        if self.history_context is not None:
            history_context = self.history_context.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if to is not None:
            field_dict["to"] = to
        if history_context is not None:
            field_dict["history_context"] = history_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to", None)

        _history_context = d.pop("history_context", None)
        history_context: WebhookHistoryContext | None
        if _history_context is None:
            history_context = None
        else:
            history_context = WebhookHistoryContext.from_dict(_history_context)

        webhook_history_message_type_1 = cls(
            to=to,
            history_context=history_context,
        )

        webhook_history_message_type_1.additional_properties = d
        return webhook_history_message_type_1

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
from ..models.webhook_history_context import WebhookHistoryContext  # noqa: E402
