from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookHolidayCallHours")


@_attrs_define
class WebhookHolidayCallHours:
    """Hours that replace the weekly hours on one date.

    Example:
        {'date': '2026-01-01', 'start_time': '0000', 'end_time': '2359'}

    """

    date: str | None = None
    """ The date, `YYYY-MM-DD`. """
    start_time: str | None = None
    """ Start, 24-hour `HHMM`. """
    end_time: str | None = None
    """ End, 24-hour `HHMM`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if date is not None:
            field_dict["date"] = date
        if start_time is not None:
            field_dict["start_time"] = start_time
        if end_time is not None:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date", None)

        start_time = d.pop("start_time", None)

        end_time = d.pop("end_time", None)

        webhook_holiday_call_hours = cls(
            date=date,
            start_time=start_time,
            end_time=end_time,
        )

        webhook_holiday_call_hours.additional_properties = d
        return webhook_holiday_call_hours

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
