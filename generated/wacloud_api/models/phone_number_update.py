from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import redacted_repr

T = TypeVar("T", bound="PhoneNumberUpdate")


@_attrs_define
class PhoneNumberUpdate:
    """A change of a phone number (body of `POST /{phone_number_id}`): send one of the properties.

    Example:
        {'pin': '123456'}

    """

    pin: str | None = _attrs_field(default=None, repr=redacted_repr)
    """ The new 6-digit two-step verification PIN. """
    webhook_configuration: PhoneNumberWebhookOverride | None = None
    """ Sends this number's webhooks to another callback URL (the most specific override wins). """
    search_visibility: str | None = None
    """ Whether the number can be found by name search: `VISIBLE` or `NON_VISIBLE` (Meta's reference also lists
    `HIDDEN`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pin = self.pin

        webhook_configuration: dict[str, Any] | None = None
        if self.webhook_configuration is not None:
            webhook_configuration = self.webhook_configuration.to_dict()

        search_visibility = self.search_visibility

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if pin is not None:
            field_dict["pin"] = pin
        if webhook_configuration is not None:
            field_dict["webhook_configuration"] = webhook_configuration
        if search_visibility is not None:
            field_dict["search_visibility"] = search_visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pin = d.pop("pin", None)

        _webhook_configuration = d.pop("webhook_configuration", None)
        webhook_configuration: PhoneNumberWebhookOverride | None
        if _webhook_configuration is None:
            webhook_configuration = None
        else:
            webhook_configuration = PhoneNumberWebhookOverride.from_dict(_webhook_configuration)

        search_visibility = d.pop("search_visibility", None)

        phone_number_update = cls(
            pin=pin,
            webhook_configuration=webhook_configuration,
            search_visibility=search_visibility,
        )

        phone_number_update.additional_properties = d
        return phone_number_update

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
from ..models.phone_number_webhook_override import PhoneNumberWebhookOverride  # noqa: E402
