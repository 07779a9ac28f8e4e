from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConversationAnalyticsData")


@_attrs_define
class ConversationAnalyticsData:
    """A group of conversation analytics data points.

    Example:
        {'data_points': [{'start': 1685527200, 'end': 1685529000, 'conversation': 3, 'conversation_category':
            'MARKETING', 'cost': 0.0432}]}

    """

    data_points: list[ConversationAnalyticsDataPoint] | None = None
    """ One data point per interval and breakdown combination. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_points: list[dict[str, Any]] | None = None
        if self.data_points is not None:
            data_points = [data_points_item_data.to_dict() for data_points_item_data in self.data_points]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if data_points is not None:
            field_dict["data_points"] = data_points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data_points = d.pop("data_points", None)
        data_points: list[ConversationAnalyticsDataPoint] | None = None
        if _data_points is not None:
            data_points = []
            for data_points_item_data in _data_points:
                data_points_item = ConversationAnalyticsDataPoint.from_dict(data_points_item_data)

                data_points.append(data_points_item)

        conversation_analytics_data = cls(
            data_points=data_points,
        )

        conversation_analytics_data.additional_properties = d
        return conversation_analytics_data

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
from ..models.conversation_analytics_data_point import ConversationAnalyticsDataPoint  # noqa: E402
