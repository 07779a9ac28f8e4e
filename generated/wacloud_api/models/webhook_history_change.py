from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookHistoryChange")


@_attrs_define
class WebhookHistoryChange:
    """A `history` change. A chunk of the business's WhatsApp Business app chat history was synchronized.

    Example:
        {'field': 'history', 'value': {'messaging_product': 'whatsapp', 'metadata': {'display_phone_number':
            '15550783881', 'phone_number_id': '106540352242922'}, 'history': [{'metadata': {'phase': 2, 'chunk_order': 3,
            'progress': 100}, 'threads': []}]}}

    """

    field: Literal["history"]
    """ The subscribed field: always `history` for this variant. """
    value: WebhookHistoryValue
    """ Chat history chunks, one event per item. """
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
        field = cast(Literal["history"], d.pop("field"))
        if field != "history":
            raise ValueError(f"field must match const 'history', got '{field}'")

        value = WebhookHistoryValue.from_dict(d.pop("value"))

        webhook_history_change = cls(
            field=field,
            value=value,
        )

        webhook_history_change.additional_properties = d
        return webhook_history_change

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
from ..models.webhook_history_value import WebhookHistoryValue  # noqa: E402
