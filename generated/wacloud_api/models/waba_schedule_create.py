from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.waba_schedule_recurrence import WabaScheduleRecurrence


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
    description: str | Unset = UNSET
    """ What the schedule is for. """
    timezone: str | Unset = UNSET
    """ Time zone, e.g. `America/New_York`. """
    days_of_week: list[WabaScheduleCreateDaysOfWeekItem] | Unset = UNSET
    """ The weekdays it applies to. """
    is_active: bool | Unset = UNSET
    """ Whether the schedule starts active. """
    recurrence_pattern: WabaScheduleRecurrence | Unset = UNSET
    """ How a schedule repeats. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        schedule_type: str = self.schedule_type

        start_time = self.start_time

        end_time = self.end_time

        description = self.description

        timezone = self.timezone

        days_of_week: list[str] | Unset = UNSET
        if not isinstance(self.days_of_week, Unset):
            days_of_week = []
            for days_of_week_item_data in self.days_of_week:
                days_of_week_item: str = days_of_week_item_data
                days_of_week.append(days_of_week_item)

        is_active = self.is_active

        recurrence_pattern: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurrence_pattern, Unset):
            recurrence_pattern = self.recurrence_pattern.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "schedule_type": schedule_type,
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if days_of_week is not UNSET:
            field_dict["days_of_week"] = days_of_week
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if recurrence_pattern is not UNSET:
            field_dict["recurrence_pattern"] = recurrence_pattern

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.waba_schedule_recurrence import WabaScheduleRecurrence  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        schedule_type = check_waba_schedule_create_schedule_type(d.pop("schedule_type"))

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        description = d.pop("description", UNSET)

        timezone = d.pop("timezone", UNSET)

        _days_of_week = d.pop("days_of_week", UNSET)
        days_of_week: list[WabaScheduleCreateDaysOfWeekItem] | Unset = UNSET
        if _days_of_week is not UNSET:
            days_of_week = []
            for days_of_week_item_data in _days_of_week:
                days_of_week_item = check_waba_schedule_create_days_of_week_item(days_of_week_item_data)

                days_of_week.append(days_of_week_item)

        is_active = d.pop("is_active", UNSET)

        _recurrence_pattern = d.pop("recurrence_pattern", UNSET)
        recurrence_pattern: WabaScheduleRecurrence | Unset
        if isinstance(_recurrence_pattern, Unset):
            recurrence_pattern = UNSET
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
