from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupAnalyticsData")


@_attrs_define
class GroupAnalyticsData:
    """A group of group chat analytics data points.

    Example:
        {'granularity': 'DAILY', 'data_points': [{'group_id':
            'Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD', 'start': 1754006400, 'end': 1754092800, 'sent':
            42}]}

    """

    granularity: str | None = None
    """ Always `DAILY` today. """
    data_points: list[GroupAnalyticsDataPoint] | None = None
    """ One data point per group and day. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        granularity = self.granularity

        data_points: list[dict[str, Any]] | None = None
        if self.data_points is not None:
            data_points = [data_points_item_data.to_dict() for data_points_item_data in self.data_points]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if granularity is not None:
            field_dict["granularity"] = granularity
        if data_points is not None:
            field_dict["data_points"] = data_points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        granularity = d.pop("granularity", None)

        _data_points = d.pop("data_points", None)
        data_points: list[GroupAnalyticsDataPoint] | None = None
        if _data_points is not None:
            data_points = []
            for data_points_item_data in _data_points:
                data_points_item = GroupAnalyticsDataPoint.from_dict(data_points_item_data)

                data_points.append(data_points_item)

        group_analytics_data = cls(
            granularity=granularity,
            data_points=data_points,
        )

        group_analytics_data.additional_properties = d
        return group_analytics_data

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
from ..models.group_analytics_data_point import GroupAnalyticsDataPoint  # noqa: E402
