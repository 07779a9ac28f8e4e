from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConversationAnalyticsDataPoint")


@_attrs_define
class ConversationAnalyticsDataPoint:
    """Conversations in one interval; breakdown properties appear only for the requested dimensions.

    Example:
        {'start': 1685602800, 'end': 1688194800, 'conversation': 2636, 'phone_number': '15550458206', 'country': 'US',
            'conversation_type': 'REGULAR', 'conversation_category': 'MARKETING', 'cost': 26.36}

    """

    start: int
    """ Interval start, unix seconds. """
    end: int
    """ Interval end, unix seconds. """
    conversation: int | None = None
    """ Number of conversations. """
    cost: float | None = None
    """ Approximate cost in the WABA's currency. """
    phone_number: str | None = None
    """ Business phone number (PHONE dimension). """
    country: str | None = None
    """ Two-letter country code (COUNTRY dimension). """
    conversation_type: str | None = None
    """ `REGULAR`, `FREE_TIER`, `FREE_ENTRY_POINT` or `UNKNOWN` (open-ended). """
    conversation_direction: str | None = None
    """ `BUSINESS_INITIATED`, `USER_INITIATED` or `UNKNOWN` (open-ended). """
    conversation_category: str | None = None
    """ `AUTHENTICATION`, `AUTHENTICATION_INTERNATIONAL`, `MARKETING`, `MARKETING_LITE`, `SERVICE`, `UTILITY` (open-
    ended). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        conversation = self.conversation

        cost = self.cost

        phone_number = self.phone_number

        country = self.country

        conversation_type = self.conversation_type

        conversation_direction = self.conversation_direction

        conversation_category = self.conversation_category

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "start": start,
            "end": end,
        }
        if conversation is not None:
            field_dict["conversation"] = conversation
        if cost is not None:
            field_dict["cost"] = cost
        if phone_number is not None:
            field_dict["phone_number"] = phone_number
        if country is not None:
            field_dict["country"] = country
        if conversation_type is not None:
            field_dict["conversation_type"] = conversation_type
        if conversation_direction is not None:
            field_dict["conversation_direction"] = conversation_direction
        if conversation_category is not None:
            field_dict["conversation_category"] = conversation_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = d.pop("start")

        end = d.pop("end")

        conversation = d.pop("conversation", None)

        cost = d.pop("cost", None)

        phone_number = d.pop("phone_number", None)

        country = d.pop("country", None)

        conversation_type = d.pop("conversation_type", None)

        conversation_direction = d.pop("conversation_direction", None)

        conversation_category = d.pop("conversation_category", None)

        conversation_analytics_data_point = cls(
            start=start,
            end=end,
            conversation=conversation,
            cost=cost,
            phone_number=phone_number,
            country=country,
            conversation_type=conversation_type,
            conversation_direction=conversation_direction,
            conversation_category=conversation_category,
        )

        conversation_analytics_data_point.additional_properties = d
        return conversation_analytics_data_point

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
