from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookUserPreferencesChange")


@_attrs_define
class WebhookUserPreferencesChange:
    """A `user_preferences` change. A user stopped or resumed marketing messages.

    Example:
        {'value': {'messaging_product': 'whatsapp', 'metadata': {'display_phone_number': '15550783881',
            'phone_number_id': '106540352242922'}, 'contacts': [{'profile': {'name': 'Sheena Nelson'}, 'wa_id':
            '16505551234'}], 'user_preferences': [{'wa_id': '16505551234', 'detail': 'User requested to stop marketing
            messages', 'category': 'marketing_messages', 'value': 'stop', 'timestamp': 1731705721}]}, 'field':
            'user_preferences'}

    """

    field: Literal["user_preferences"]
    """ The subscribed field: always `user_preferences` for this variant. """
    value: WebhookUserPreferencesValue
    """ User preference changes. """
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
        field = cast(Literal["user_preferences"], d.pop("field"))
        if field != "user_preferences":
            raise ValueError(f"field must match const 'user_preferences', got '{field}'")

        value = WebhookUserPreferencesValue.from_dict(d.pop("value"))

        webhook_user_preferences_change = cls(
            field=field,
            value=value,
        )

        webhook_user_preferences_change.additional_properties = d
        return webhook_user_preferences_change

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
from ..models.webhook_user_preferences_value import WebhookUserPreferencesValue  # noqa: E402
