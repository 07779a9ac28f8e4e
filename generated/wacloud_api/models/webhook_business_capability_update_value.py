from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookBusinessCapabilityUpdateValue")


@_attrs_define
class WebhookBusinessCapabilityUpdateValue:
    """New limits of the business.

    Example:
        {'max_daily_conversation_per_phone': 2000, 'max_daily_conversations_per_business': 2000,
            'max_phone_numbers_per_waba': 25}

    """

    max_daily_conversation_per_phone: int | None = None
    """ Legacy messaging limit; -1 means unlimited (being removed). """
    max_daily_conversations_per_business: int | str | None = None
    """ The business portfolio's messaging limit (a number or a tier name). """
    max_phone_numbers_per_business: int | None = None
    """ Maximum phone numbers of the business portfolio. """
    max_phone_numbers_per_waba: int | None = None
    """ Maximum phone numbers per WhatsApp Business Account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_daily_conversation_per_phone = self.max_daily_conversation_per_phone

        max_daily_conversations_per_business: int | str | None

        if self.max_daily_conversations_per_business is None:
            max_daily_conversations_per_business = None
        else:
            max_daily_conversations_per_business = self.max_daily_conversations_per_business

        max_phone_numbers_per_business = self.max_phone_numbers_per_business

        max_phone_numbers_per_waba = self.max_phone_numbers_per_waba

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if max_daily_conversation_per_phone is not None:
            field_dict["max_daily_conversation_per_phone"] = max_daily_conversation_per_phone
        if max_daily_conversations_per_business is not None:
            field_dict["max_daily_conversations_per_business"] = max_daily_conversations_per_business
        if max_phone_numbers_per_business is not None:
            field_dict["max_phone_numbers_per_business"] = max_phone_numbers_per_business
        if max_phone_numbers_per_waba is not None:
            field_dict["max_phone_numbers_per_waba"] = max_phone_numbers_per_waba

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_daily_conversation_per_phone = d.pop("max_daily_conversation_per_phone", None)

        def _parse_max_daily_conversations_per_business(data: object) -> int | str | None:
            if data is None:
                return data
            return cast(int | str | None, data)

        max_daily_conversations_per_business = _parse_max_daily_conversations_per_business(
            d.pop("max_daily_conversations_per_business", None)
        )

        max_phone_numbers_per_business = d.pop("max_phone_numbers_per_business", None)

        max_phone_numbers_per_waba = d.pop("max_phone_numbers_per_waba", None)

        webhook_business_capability_update_value = cls(
            max_daily_conversation_per_phone=max_daily_conversation_per_phone,
            max_daily_conversations_per_business=max_daily_conversations_per_business,
            max_phone_numbers_per_business=max_phone_numbers_per_business,
            max_phone_numbers_per_waba=max_phone_numbers_per_waba,
        )

        webhook_business_capability_update_value.additional_properties = d
        return webhook_business_capability_update_value

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
