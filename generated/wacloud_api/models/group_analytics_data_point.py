from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupAnalyticsDataPoint")


@_attrs_define
class GroupAnalyticsDataPoint:
    """One group chat's metrics for one day. Metric properties appear only when requested.

    Example:
        {'group_id': 'Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD', 'start': 1754006400, 'end':
            1754092800, 'sent': 42, 'delivered': 40, 'read': 35, 'joined': 3, 'left': 1}

    """

    group_id: str
    """ The group id. """
    start: int
    """ Day start, unix seconds. """
    end: int
    """ Day end, unix seconds. """
    sent: int | None = None
    """ Messages sent in the group. """
    delivered: int | None = None
    """ Messages delivered. """
    read: int | None = None
    """ Messages read. """
    joined: int | None = None
    """ Participants who joined. """
    left: int | None = None
    """ Participants who left. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        start = self.start

        end = self.end

        sent = self.sent

        delivered = self.delivered

        read = self.read

        joined = self.joined

        left = self.left

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "group_id": group_id,
            "start": start,
            "end": end,
        }
        if sent is not None:
            field_dict["sent"] = sent
        if delivered is not None:
            field_dict["delivered"] = delivered
        if read is not None:
            field_dict["read"] = read
        if joined is not None:
            field_dict["joined"] = joined
        if left is not None:
            field_dict["left"] = left

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id = d.pop("group_id")

        start = d.pop("start")

        end = d.pop("end")

        sent = d.pop("sent", None)

        delivered = d.pop("delivered", None)

        read = d.pop("read", None)

        joined = d.pop("joined", None)

        left = d.pop("left", None)

        group_analytics_data_point = cls(
            group_id=group_id,
            start=start,
            end=end,
            sent=sent,
            delivered=delivered,
            read=read,
            joined=joined,
            left=left,
        )

        group_analytics_data_point.additional_properties = d
        return group_analytics_data_point

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
