from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneNumberWebhookConfiguration")


@_attrs_define
class PhoneNumberWebhookConfiguration:
    """Where webhooks for this number are delivered, per configuration level (the most specific wins).

    Example:
        {'application': 'https://example.com/webhooks/whatsapp', 'phone_number':
            'https://example.com/webhooks/1906385232743451'}

    """

    application: str | None = None
    """ The app's callback URL. """
    whatsapp_business_account: str | None = None
    """ The WhatsApp Business Account's override callback URL (if set). """
    phone_number: str | None = None
    """ The phone number's override callback URL (if set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application = self.application

        whatsapp_business_account = self.whatsapp_business_account

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if application is not None:
            field_dict["application"] = application
        if whatsapp_business_account is not None:
            field_dict["whatsapp_business_account"] = whatsapp_business_account
        if phone_number is not None:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application = d.pop("application", None)

        whatsapp_business_account = d.pop("whatsapp_business_account", None)

        phone_number = d.pop("phone_number", None)

        phone_number_webhook_configuration = cls(
            application=application,
            whatsapp_business_account=whatsapp_business_account,
            phone_number=phone_number,
        )

        phone_number_webhook_configuration.additional_properties = d
        return phone_number_webhook_configuration

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
