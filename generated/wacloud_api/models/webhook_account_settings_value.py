from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAccountSettingsValue")


@_attrs_define
class WebhookAccountSettingsValue:
    """Settings of a phone number changed (today: the calling settings `status`, `call_icon_visibility`,
    `callback_permission_status`, `sip.status` and `srtp_key_exchange_protocol`), by the API or in WhatsApp Manager,
    your own changes included.

        Example:
            {'messaging_product': 'whatsapp', 'timestamp': '1671644824', 'type': 'PHONE_NUMBER_SETTINGS',
                'phone_number_settings': {'phone_number_id': '106540352242922', 'calling': {'status': 'ENABLED',
                'call_icon_visibility': 'DEFAULT', 'callback_permission_status': 'ENABLED'}}}

    """

    messaging_product: str | None = None
    """ Always `whatsapp`. """
    timestamp: str | None = None
    """ Unix time (seconds) of the change. """
    type_: str | None = None
    """ What changed: phone number settings (Meta documents `PHONE_NUMBER_SETTINGS`, and its example spells it
    `[phone_number_settings]`; open-ended). """
    phone_number_settings: WebhookPhoneNumberSettings | None = None
    """ The settings of one business phone number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        timestamp = self.timestamp

        type_ = self.type_

        phone_number_settings: dict[str, Any] | None = None
        if self.phone_number_settings is not None:
            phone_number_settings = self.phone_number_settings.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if messaging_product is not None:
            field_dict["messaging_product"] = messaging_product
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if type_ is not None:
            field_dict["type"] = type_
        if phone_number_settings is not None:
            field_dict["phone_number_settings"] = phone_number_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = d.pop("messaging_product", None)

        timestamp = d.pop("timestamp", None)

        type_ = d.pop("type", None)

        _phone_number_settings = d.pop("phone_number_settings", None)
        phone_number_settings: WebhookPhoneNumberSettings | None
        if _phone_number_settings is None:
            phone_number_settings = None
        else:
            phone_number_settings = WebhookPhoneNumberSettings.from_dict(_phone_number_settings)

        webhook_account_settings_value = cls(
            messaging_product=messaging_product,
            timestamp=timestamp,
            type_=type_,
            phone_number_settings=phone_number_settings,
        )

        webhook_account_settings_value.additional_properties = d
        return webhook_account_settings_value

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
from ..models.webhook_phone_number_settings import WebhookPhoneNumberSettings  # noqa: E402
