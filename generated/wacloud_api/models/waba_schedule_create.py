from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.waba_schedule_create_days_of_week_item import (
    WabaScheduleCreateDaysOfWeekItem,
    check_waba_schedule_create_days_of_week_item,
)
from ..models.waba_schedule_create_schedule_type import (
    WabaScheduleCreateScheduleType,
    check_waba_schedule_create_schedule_type,
)
from ..types import graph_bool

T = TypeVar("T", bound="WabaScheduleCreate")


@_attrs_define
class WabaScheduleCreate:
    """A schedule to create.

    Example:
        {'name': 'Business Hours Schedule', 'schedule_type': 'BUSINESS_HOURS', 'start_time': '09:00', 'end_time':
            '17:00'}

    """

    name: str
    """ The schedule name. """
    schedule_type: WabaScheduleCreateScheduleType
    """ The kind of schedule. """
    start_time: str
    """ Start, `HH:MM`. """
    end_time: str
    """ End, `HH:MM`. """
    description: str | None = None
    """ What the schedule is for. """
    timezone: str | None = None
    """ Time zone, e.g. `America/New_York`. """
    days_of_week: list[WabaScheduleCreateDaysOfWeekItem] | None = None
    """ The weekdays it applies to. """
    is_active: bool | None = None
    """ Whether the schedule starts active. """
    recurrence_pattern: WabaScheduleRecurrence | None = None
    """ How a schedule repeats. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        schedule_type: str = self.schedule_type

        start_time = self.start_time

        end_time = self.end_time

        description = self.description

        timezone = self.timezone

        days_of_week: list[str] | None = None
        if self.days_of_week is not None:
            days_of_week = []
            for days_of_week_item_data in self.days_of_week:
                days_of_week_item: str = days_of_week_item_data
                days_of_week.append(days_of_week_item)

        is_active = self.is_active

        recurrence_pattern: dict[str, Any] | None = None
        if self.recurrence_pattern is not None:
            recurrence_pattern = self.recurrence_pattern.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": name,
            "schedule_type": schedule_type,
            "start_time": start_time,
            "end_time": end_time,
        }
        if description is not None:
            field_dict["description"] = description
        if timezone is not None:
            field_dict["timezone"] = timezone
        if days_of_week is not None:
            field_dict["days_of_week"] = days_of_week
        if is_active is not None:
            field_dict["is_active"] = is_active
        if recurrence_pattern is not None:
            field_dict["recurrence_pattern"] = recurrence_pattern

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        schedule_type = check_waba_schedule_create_schedule_type(d.pop("schedule_type"))

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        description = d.pop("description", None)

        timezone = d.pop("timezone", None)

        _days_of_week = d.pop("days_of_week", None)
        days_of_week: list[WabaScheduleCreateDaysOfWeekItem] | None = None
        if _days_of_week is not None:
            days_of_week = []
            for days_of_week_item_data in _days_of_week:
                days_of_week_item = check_waba_schedule_create_days_of_week_item(days_of_week_item_data)

                days_of_week.append(days_of_week_item)

        is_active = graph_bool(d.pop("is_active", None))

        _recurrence_pattern = d.pop("recurrence_pattern", None)
        recurrence_pattern: WabaScheduleRecurrence | None
        if _recurrence_pattern is None:
            recurrence_pattern = None
        else:
            recurrence_pattern = WabaScheduleRecurrence.from_dict(_recurrence_pattern)

        waba_schedule_create = cls(
            name=name,
            schedule_type=schedule_type,
            start_time=start_time,
            end_time=end_time,
            description=description,
            timezone=timezone,
            days_of_week=days_of_week,
            is_active=is_active,
            recurrence_pattern=recurrence_pattern,
        )

        waba_schedule_create.additional_properties = d
        return waba_schedule_create

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
from ..models.waba_schedule_recurrence import WabaScheduleRecurrence  # noqa: E402
