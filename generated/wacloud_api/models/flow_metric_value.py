from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FlowMetricValue")


@_attrs_define
class FlowMetricValue:
    """One value of a Flow metric point.

    Example:
        {'key': 'value', 'value': 12}

    """

    key: str | None = None
    """ What the value measures, e.g. `value`, `p50`, `p90`. """
    value: float | None = None
    """ The value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if key is not None:
            field_dict["key"] = key
        if value is not None:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", None)

        value = d.pop("value", None)

        flow_metric_value = cls(
            key=key,
            value=value,
        )

        flow_metric_value.additional_properties = d
        return flow_metric_value

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
