from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WabaScheduleRecurrence")


@_attrs_define
class WabaScheduleRecurrence:
    """How a schedule repeats.

    Example:
        {'frequency': 'WEEKLY', 'interval': 1}

    """

    frequency: str | None = None
    """ `DAILY`, `WEEKLY`, `MONTHLY` or `YEARLY`. """
    interval: int | None = None
    """ Repeat every this many periods. """
    end_date: str | None = None
    """ Last date, `YYYY-MM-DD`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frequency = self.frequency

        interval = self.interval

        end_date = self.end_date

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if frequency is not None:
            field_dict["frequency"] = frequency
        if interval is not None:
            field_dict["interval"] = interval
        if end_date is not None:
            field_dict["end_date"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        frequency = d.pop("frequency", None)

        interval = d.pop("interval", None)

        end_date = d.pop("end_date", None)

        waba_schedule_recurrence = cls(
            frequency=frequency,
            interval=interval,
            end_date=end_date,
        )

        waba_schedule_recurrence.additional_properties = d
        return waba_schedule_recurrence

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
