from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FlowMetric")


@_attrs_define
class FlowMetric:
    """A Flow metric, requested as a field expansion (`metric.name(ENDPOINT_REQUEST_COUNT).granularity(DAY)`);
    Meta announced the Flows Metrics API's deprecation.

        Example:
            {'name': 'ENDPOINT_REQUEST_COUNT', 'granularity': 'DAY', 'data_points': [{'timestamp':
                '2024-01-28T08:00:00+0000', 'data': [{'key': 'value', 'value': 12}]}]}

    """

    name: str | None = None
    """ Metric name, e.g. `ENDPOINT_REQUEST_COUNT`, `ENDPOINT_REQUEST_ERROR`, `ENDPOINT_AVAILABILITY` (open-ended).
    """
    granularity: str | None = None
    """ `DAY`, `HOUR` or `LIFETIME` (open-ended). """
    data_points: list[FlowMetricDataPoint] | None = None
    """ The values over time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        granularity = self.granularity

        data_points: list[dict[str, Any]] | None = None
        if self.data_points is not None:
            data_points = [data_points_item_data.to_dict() for data_points_item_data in self.data_points]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if name is not None:
            field_dict["name"] = name
        if granularity is not None:
            field_dict["granularity"] = granularity
        if data_points is not None:
            field_dict["data_points"] = data_points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        granularity = d.pop("granularity", None)

        _data_points = d.pop("data_points", None)
        data_points: list[FlowMetricDataPoint] | None = None
        if _data_points is not None:
            data_points = []
            for data_points_item_data in _data_points:
                data_points_item = FlowMetricDataPoint.from_dict(data_points_item_data)

                data_points.append(data_points_item)

        flow_metric = cls(
            name=name,
            granularity=granularity,
            data_points=data_points,
        )

        flow_metric.additional_properties = d
        return flow_metric

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
from ..models.flow_metric_data_point import FlowMetricDataPoint  # noqa: E402
