from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PricingAnalyticsDataPoint")


@_attrs_define
class PricingAnalyticsDataPoint:
    """Delivered messages in one interval; breakdown properties appear only for the requested dimensions.

    Example:
        {'start': 1749106800, 'end': 1749193200, 'country': 'IN', 'tier': '0:750000', 'pricing_type': 'REGULAR',
            'pricing_category': 'AUTHENTICATION_INTERNATIONAL', 'volume': 2, 'cost': 4.6}

    """

    start: int
    """ Interval start, unix seconds. """
    end: int
    """ Interval end, unix seconds. """
    volume: int | None = None
    """ Number of delivered messages. """
    cost: float | None = None
    """ Approximate cost in the WABA's currency. """
    phone_number: str | None = None
    """ Business phone number (PHONE dimension). """
    country: str | None = None
    """ Two-letter country code (COUNTRY dimension). """
    pricing_type: str | None = None
    """ `REGULAR`, `FREE_CUSTOMER_SERVICE` or `FREE_ENTRY_POINT` (open-ended). """
    pricing_category: str | None = None
    """ `AUTHENTICATION`, `AUTHENTICATION_INTERNATIONAL`, `MARKETING`, `MARKETING_LITE`, `SERVICE`, `UTILITY`,
    `REFERRAL_CONVERSION`, … (open-ended). """
    tier: str | None = None
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

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "start": start,
            "end": end,
        }
        if volume is not None:
            field_dict["volume"] = volume
        if cost is not None:
            field_dict["cost"] = cost
        if phone_number is not None:
            field_dict["phone_number"] = phone_number
        if country is not None:
            field_dict["country"] = country
        if pricing_type is not None:
            field_dict["pricing_type"] = pricing_type
        if pricing_category is not None:
            field_dict["pricing_category"] = pricing_category
        if tier is not None:
            field_dict["tier"] = tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = d.pop("start")

        end = d.pop("end")

        volume = d.pop("volume", None)

        cost = d.pop("cost", None)

        phone_number = d.pop("phone_number", None)

        country = d.pop("country", None)

        pricing_type = d.pop("pricing_type", None)

        pricing_category = d.pop("pricing_category", None)

        tier = d.pop("tier", None)

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
