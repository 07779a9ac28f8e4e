from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FlowMetricDataPoint")


@_attrs_define
class FlowMetricDataPoint:
    """One point of a Flow metric.

    Example:
        {'timestamp': '2024-01-28T08:00:00+0000', 'data': [{'key': 'value', 'value': 12}]}

    """

    timestamp: str | None = None
    """ Start of the period (ISO 8601). """
    data: list[FlowMetricValue] | None = None
    """ The values of the period. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        data: list[dict[str, Any]] | None = None
        if self.data is not None:
            data = [data_item_data.to_dict() for data_item_data in self.data]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if data is not None:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp", None)

        _data = d.pop("data", None)
        data: list[FlowMetricValue] | None = None
        if _data is not None:
            data = []
            for data_item_data in _data:
                data_item = FlowMetricValue.from_dict(data_item_data)

                data.append(data_item)

        flow_metric_data_point = cls(
            timestamp=timestamp,
            data=data,
        )

        flow_metric_data_point.additional_properties = d
        return flow_metric_data_point

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
from ..models.flow_metric_value import FlowMetricValue  # noqa: E402
