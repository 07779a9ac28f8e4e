from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookWeeklyCallHours")


@_attrs_define
class WebhookWeeklyCallHours:
    """Opening hours on one weekday.

    Example:
        {'day_of_week': 'MONDAY', 'open_time': '0400', 'close_time': '1020'}

    """

    day_of_week: str | None = None
    """ `MONDAY` … `SUNDAY`. """
    open_time: str | None = None
    """ Opening time, 24-hour `HHMM`. """
    close_time: str | None = None
    """ Closing time, 24-hour `HHMM`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day_of_week = self.day_of_week

        open_time = self.open_time

        close_time = self.close_time

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if day_of_week is not None:
            field_dict["day_of_week"] = day_of_week
        if open_time is not None:
            field_dict["open_time"] = open_time
        if close_time is not None:
            field_dict["close_time"] = close_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day_of_week = d.pop("day_of_week", None)

        open_time = d.pop("open_time", None)

        close_time = d.pop("close_time", None)

        webhook_weekly_call_hours = cls(
            day_of_week=day_of_week,
            open_time=open_time,
            close_time=close_time,
        )

        webhook_weekly_call_hours.additional_properties = d
        return webhook_weekly_call_hours

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
