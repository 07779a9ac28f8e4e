from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnalyticsResult")


@_attrs_define
class AnalyticsResult:
    """Messaging analytics: messages sent and delivered by the WABA's phone numbers. The value of the
    `analytics` field, requested as
    `analytics.start(<unix>).end(<unix>).granularity(HALF_HOUR|DAY|MONTH)` with optional
    `.phone_numbers([...])`, `.product_types([0,2])` (0 notification/template messages, 2 customer-support
    messages) and `.country_codes([...])`. Lookback 1 year.

        Example:
            {'phone_numbers': ['16505550111', '16505550112'], 'country_codes': ['US', 'BR'], 'granularity': 'DAY',
                'data_points': [{'start': 1543543200, 'end': 1543629600, 'sent': 196093, 'delivered': 179715}, {'start':
                1543629600, 'end': 1543716000, 'sent': 147649, 'delivered': 139032}]}

    """

    phone_numbers: list[str] | None = None
    """ The phone numbers covered. """
    country_codes: list[str] | None = None
    """ The countries covered (two-letter codes). """
    granularity: str | None = None
    """ `HALF_HOUR`, `DAY` or `MONTH`. """
    data_points: list[AnalyticsDataPoint] | None = None
    """ One data point per interval. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_numbers: list[str] | None = None
        if self.phone_numbers is not None:
            phone_numbers = self.phone_numbers

        country_codes: list[str] | None = None
        if self.country_codes is not None:
            country_codes = self.country_codes

        granularity = self.granularity

        data_points: list[dict[str, Any]] | None = None
        if self.data_points is not None:
            data_points = [data_points_item_data.to_dict() for data_points_item_data in self.data_points]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if phone_numbers is not None:
            field_dict["phone_numbers"] = phone_numbers
        if country_codes is not None:
            field_dict["country_codes"] = country_codes
        if granularity is not None:
            field_dict["granularity"] = granularity
        if data_points is not None:
            field_dict["data_points"] = data_points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_numbers = cast(list[str], d.pop("phone_numbers", None))

        country_codes = cast(list[str], d.pop("country_codes", None))

        granularity = d.pop("granularity", None)

        _data_points = d.pop("data_points", None)
        data_points: list[AnalyticsDataPoint] | None = None
        if _data_points is not None:
            data_points = []
            for data_points_item_data in _data_points:
                data_points_item = AnalyticsDataPoint.from_dict(data_points_item_data)

                data_points.append(data_points_item)

        analytics_result = cls(
            phone_numbers=phone_numbers,
            country_codes=country_codes,
            granularity=granularity,
            data_points=data_points,
        )

        analytics_result.additional_properties = d
        return analytics_result

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
from ..models.analytics_data_point import AnalyticsDataPoint  # noqa: E402
