from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAccountSettingsChange")


@_attrs_define
class WebhookAccountSettingsChange:
    """An `account_settings_update` change. A phone number's calling settings changed.

    Example:
        {'field': 'account_settings_update', 'value': {'messaging_product': 'whatsapp', 'timestamp': '1671644824',
            'type': 'PHONE_NUMBER_SETTINGS', 'phone_number_settings': {'phone_number_id': '106540352242922', 'calling':
            {'status': 'ENABLED', 'call_icon_visibility': 'DEFAULT', 'callback_permission_status': 'ENABLED'}}}}

    """

    field: Literal["account_settings_update"]
    """ The subscribed field: always `account_settings_update` for this variant. """
    value: WebhookAccountSettingsValue
    """ Settings of a phone number changed (today: the calling settings `status`, `call_icon_visibility`,
    `callback_permission_status`, `sip.status` and `srtp_key_exchange_protocol`), by the API or in WhatsApp Manager,
    your own changes included. """
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
        field = cast(Literal["account_settings_update"], d.pop("field"))
        if field != "account_settings_update":
            raise ValueError(f"field must match const 'account_settings_update', got '{field}'")

        value = WebhookAccountSettingsValue.from_dict(d.pop("value"))

        webhook_account_settings_change = cls(
            field=field,
            value=value,
        )

        webhook_account_settings_change.additional_properties = d
        return webhook_account_settings_change

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
from ..models.webhook_account_settings_value import WebhookAccountSettingsValue  # noqa: E402
