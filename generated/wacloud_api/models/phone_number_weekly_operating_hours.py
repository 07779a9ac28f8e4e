from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneNumberWeeklyOperatingHours")


@_attrs_define
class PhoneNumberWeeklyOperatingHours:
    """Opening hours on one weekday.

    Example:
        {'day_of_week': 'MONDAY', 'open_time': '0400', 'close_time': '1020'}

    """

    day_of_week: str
    """ `MONDAY` … `SUNDAY`. """
    open_time: str
    """ Opening time, 24-hour `HHMM`, e.g. `0900`. """
    close_time: str
    """ Closing time, 24-hour `HHMM`, e.g. `1730`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day_of_week = self.day_of_week

        open_time = self.open_time

        close_time = self.close_time

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "day_of_week": day_of_week,
            "open_time": open_time,
            "close_time": close_time,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day_of_week = d.pop("day_of_week")

        open_time = d.pop("open_time")

        close_time = d.pop("close_time")

        phone_number_weekly_operating_hours = cls(
            day_of_week=day_of_week,
            open_time=open_time,
            close_time=close_time,
        )

        phone_number_weekly_operating_hours.additional_properties = d
        return phone_number_weekly_operating_hours

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
