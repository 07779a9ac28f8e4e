from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnalyticsDataPoint")


@_attrs_define
class AnalyticsDataPoint:
    """Messages sent and delivered in one interval.

    Example:
        {'start': 1543543200, 'end': 1543629600, 'sent': 196093, 'delivered': 179715}

    """

    start: int
    """ Interval start, unix seconds. """
    end: int
    """ Interval end, unix seconds. """
    sent: int | None = None
    """ Messages sent. """
    delivered: int | None = None
    """ Messages delivered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        sent = self.sent

        delivered = self.delivered

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "start": start,
            "end": end,
        }
        if sent is not None:
            field_dict["sent"] = sent
        if delivered is not None:
            field_dict["delivered"] = delivered

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = d.pop("start")

        end = d.pop("end")

        sent = d.pop("sent", None)

        delivered = d.pop("delivered", None)

        analytics_data_point = cls(
            start=start,
            end=end,
            sent=sent,
            delivered=delivered,
        )

        analytics_data_point.additional_properties = d
        return analytics_data_point

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
