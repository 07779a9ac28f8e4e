from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_webhook_override import PhoneNumberWebhookOverride


T = TypeVar("T", bound="PhoneNumberUpdate")


@_attrs_define
class PhoneNumberUpdate:
    """A change of a phone number (body of `POST /{phone_number_id}`): send one of the properties.

    Example:
        {'pin': '123456'}

    """

    pin: str | Unset = UNSET
    """ The new 6-digit two-step verification PIN. """
    webhook_configuration: PhoneNumberWebhookOverride | Unset = UNSET
    """ Sends this number's webhooks to another callback URL (the most specific override wins). """
    search_visibility: str | Unset = UNSET
    """ Whether the number can be found by name search: `VISIBLE` or `NON_VISIBLE` (Meta's reference also lists
    `HIDDEN`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pin = self.pin

        webhook_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook_configuration, Unset):
            webhook_configuration = self.webhook_configuration.to_dict()

        search_visibility = self.search_visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pin is not UNSET:
            field_dict["pin"] = pin
        if webhook_configuration is not UNSET:
            field_dict["webhook_configuration"] = webhook_configuration
        if search_visibility is not UNSET:
            field_dict["search_visibility"] = search_visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_number_webhook_override import PhoneNumberWebhookOverride  # noqa: PLC0415

        d = dict(src_dict)
        pin = d.pop("pin", UNSET)

        _webhook_configuration = d.pop("webhook_configuration", UNSET)
        webhook_configuration: PhoneNumberWebhookOverride | Unset
        if isinstance(_webhook_configuration, Unset):
            webhook_configuration = UNSET
        else:
            webhook_configuration = PhoneNumberWebhookOverride.from_dict(_webhook_configuration)

        search_visibility = d.pop("search_visibility", UNSET)

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
