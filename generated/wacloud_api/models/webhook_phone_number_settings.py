from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookPhoneNumberSettings")


@_attrs_define
class WebhookPhoneNumberSettings:
    """The settings of one business phone number.

    Example:
        {'phone_number_id': '106540352242922', 'calling': {'status': 'ENABLED', 'call_icon_visibility': 'DEFAULT'}}

    """

    phone_number_id: str | None = None
    """ The phone number whose settings changed. """
    calling: WebhookCallingSettings | None = None
    """ A phone number's Calling API settings after the change, shaped like `phone_numbers.get_settings()`'s
    `calling`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number_id = self.phone_number_id

        calling: dict[str, Any] | None = None
        if self.calling is not None:
            calling = self.calling.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if phone_number_id is not None:
            field_dict["phone_number_id"] = phone_number_id
        if calling is not None:
            field_dict["calling"] = calling

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number_id = d.pop("phone_number_id", None)

        _calling = d.pop("calling", None)
        calling: WebhookCallingSettings | None
        if _calling is None:
            calling = None
        else:
            calling = WebhookCallingSettings.from_dict(_calling)

        webhook_phone_number_settings = cls(
            phone_number_id=phone_number_id,
            calling=calling,
        )

        webhook_phone_number_settings.additional_properties = d
        return webhook_phone_number_settings

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
from ..models.webhook_calling_settings import WebhookCallingSettings  # noqa: E402
