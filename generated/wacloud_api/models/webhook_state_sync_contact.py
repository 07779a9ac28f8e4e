from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookStateSyncContact")


@_attrs_define
class WebhookStateSyncContact:
    """A contact of the WhatsApp Business app's address book.

    Example:
        {'full_name': 'Pablo Morales', 'first_name': 'Pablo', 'phone_number': '16505551234'}

    """

    full_name: str | None = None
    """ The contact's full name; absent when the contact was removed. """
    first_name: str | None = None
    """ The contact's first name; absent when the contact was removed. """
    phone_number: str | None = None
    """ The contact's WhatsApp phone number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        first_name = self.first_name

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if full_name is not None:
            field_dict["full_name"] = full_name
        if first_name is not None:
            field_dict["first_name"] = first_name
        if phone_number is not None:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_name = d.pop("full_name", None)

        first_name = d.pop("first_name", None)

        phone_number = d.pop("phone_number", None)

        webhook_state_sync_contact = cls(
            full_name=full_name,
            first_name=first_name,
            phone_number=phone_number,
        )

        webhook_state_sync_contact.additional_properties = d
        return webhook_state_sync_contact

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
