from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingAnalyticsDataPoint")


@_attrs_define
class PricingAnalyticsDataPoint:
    """Delivered messages in one interval; breakdown properties appear only for the requested dimensions.

    Example:
        {'start': 1749106800, 'end': 1749193200, 'country': 'IN', 'tier': '0:750000', 'pricing_type': 'REGULAR',
            'pricing_category': 'AUTHENTICATION_INTERNATIONAL', 'volume': 2, 'cost': 4.6}

    """

    start: int | Unset = UNSET
    """ Interval start, unix seconds. """
    end: int | Unset = UNSET
    """ Interval end, unix seconds. """
    volume: int | Unset = UNSET
    """ Number of delivered messages. """
    cost: float | Unset = UNSET
    """ Approximate cost in the WABA's currency. """
    phone_number: str | Unset = UNSET
    """ Business phone number (PHONE dimension). """
    country: str | Unset = UNSET
    """ Two-letter country code (COUNTRY dimension). """
    pricing_type: str | Unset = UNSET
    """ `REGULAR`, `FREE_CUSTOMER_SERVICE` or `FREE_ENTRY_POINT` (open-ended). """
    pricing_category: str | Unset = UNSET
    """ `AUTHENTICATION`, `AUTHENTICATION_INTERNATIONAL`, `MARKETING`, `MARKETING_LITE`, `SERVICE`, `UTILITY`,
    `REFERRAL_CONVERSION`, … (open-ended). """
    tier: str | Unset = UNSET
    """ Volume tier `<lower>:<upper>` (upper may be `MAX`), with the TIER dimension; absent for free messages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        volume = self.volume

        cost = self.cost

        phone_number = self.phone_number

        country = self.country

        pricing_type = self.pricing_type

        pricing_category = self.pricing_category

        tier = self.tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if volume is not UNSET:
            field_dict["volume"] = volume
        if cost is not UNSET:
            field_dict["cost"] = cost
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if country is not UNSET:
            field_dict["country"] = country
        if pricing_type is not UNSET:
            field_dict["pricing_type"] = pricing_type
        if pricing_category is not UNSET:
            field_dict["pricing_category"] = pricing_category
        if tier is not UNSET:
            field_dict["tier"] = tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        volume = d.pop("volume", UNSET)

        cost = d.pop("cost", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        country = d.pop("country", UNSET)

        pricing_type = d.pop("pricing_type", UNSET)

        pricing_category = d.pop("pricing_category", UNSET)

        tier = d.pop("tier", UNSET)

        pricing_analytics_data_point = cls(
            start=start,
            end=end,
            volume=volume,
            cost=cost,
            phone_number=phone_number,
            country=country,
            pricing_type=pricing_type,
            pricing_category=pricing_category,
            tier=tier,
        )

        pricing_analytics_data_point.additional_properties = d
        return pricing_analytics_data_point

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
