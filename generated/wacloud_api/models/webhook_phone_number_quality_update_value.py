from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookPhoneNumberQualityUpdateValue")


@_attrs_define
class WebhookPhoneNumberQualityUpdateValue:
    """A business phone number limit or throughput change.

    Example:
        {'display_phone_number': '15550783881', 'event': 'THROUGHPUT_UPGRADE', 'current_limit': 'TIER_UNLIMITED',
            'max_daily_conversations_per_business': 'TIER_2K'}

    """

    display_phone_number: str | None = None
    """ The business phone number. """
    event: str | None = None
    """ `ONBOARDING`, `THROUGHPUT_UPGRADE`, `UPGRADE`, `DOWNGRADE`, `FLAGGED`, `UNFLAGGED` ... (open-ended). """
    current_limit: str | None = None
    """ `TIER_250`, `TIER_2K`, `TIER_10K`, `TIER_100K`, `TIER_UNLIMITED` ... (open-ended; being removed). """
    old_limit: str | None = None
    """ Previous limit, for limit changes (being removed). """
    max_daily_conversations_per_business: str | None = None
    """ The business portfolio's messaging limit, e.g. `TIER_2K`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_phone_number = self.display_phone_number

        event = self.event

        current_limit = self.current_limit

        old_limit = self.old_limit

        max_daily_conversations_per_business = self.max_daily_conversations_per_business

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if display_phone_number is not None:
            field_dict["display_phone_number"] = display_phone_number
        if event is not None:
            field_dict["event"] = event
        if current_limit is not None:
            field_dict["current_limit"] = current_limit
        if old_limit is not None:
            field_dict["old_limit"] = old_limit
        if max_daily_conversations_per_business is not None:
            field_dict["max_daily_conversations_per_business"] = max_daily_conversations_per_business

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_phone_number = d.pop("display_phone_number", None)

        event = d.pop("event", None)

        current_limit = d.pop("current_limit", None)

        old_limit = d.pop("old_limit", None)

        max_daily_conversations_per_business = d.pop("max_daily_conversations_per_business", None)

        webhook_phone_number_quality_update_value = cls(
            display_phone_number=display_phone_number,
            event=event,
            current_limit=current_limit,
            old_limit=old_limit,
            max_daily_conversations_per_business=max_daily_conversations_per_business,
        )

        webhook_phone_number_quality_update_value.additional_properties = d
        return webhook_phone_number_quality_update_value

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
