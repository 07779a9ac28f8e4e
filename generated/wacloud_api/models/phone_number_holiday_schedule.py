from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneNumberHolidaySchedule")


@_attrs_define
class PhoneNumberHolidaySchedule:
    """Hours that replace the weekly hours on one date.

    Example:
        {'date': '2026-01-01', 'start_time': '0000', 'end_time': '2359'}

    """

    date: str
    """ The date, `YYYY-MM-DD`. """
    start_time: str
    """ Start, 24-hour `HHMM`. """
    end_time: str
    """ End, 24-hour `HHMM`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "date": date,
            "start_time": start_time,
            "end_time": end_time,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date")

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        phone_number_holiday_schedule = cls(
            date=date,
            start_time=start_time,
            end_time=end_time,
        )

        phone_number_holiday_schedule.additional_properties = d
        return phone_number_holiday_schedule

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
