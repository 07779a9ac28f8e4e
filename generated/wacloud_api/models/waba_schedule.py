from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="WabaSchedule")


@_attrs_define
class WabaSchedule:
    """A schedule of a WhatsApp Business Account.

    Example:
        {'id': '1234567890123456', 'name': 'Business Hours Schedule', 'status': 'ACTIVE'}

    """

    id: str
    """ The schedule id. """
    name: str | None = None
    """ The schedule name. """
    status: str | None = None
    """ e.g. `ACTIVE`, `INACTIVE`, `PAUSED`, `EXPIRED`, `DRAFT`. """
    schedule_type: str | None = None
    """ e.g. `BUSINESS_HOURS`, `AUTOMATED_RESPONSE`, `MESSAGE_CAMPAIGN`, `MAINTENANCE_WINDOW`, `CUSTOM`. """
    description: str | None = None
    """ What the schedule is for. """
    start_time: str | None = None
    """ Start, `HH:MM`. """
    end_time: str | None = None
    """ End, `HH:MM`. """
    timezone: str | None = None
    """ Time zone, e.g. `America/New_York`. """
    days_of_week: list[str] | None = None
    """ The weekdays it applies to. """
    is_active: bool | None = None
    """ Whether the schedule is active. """
    created_time: str | None = None
    """ When it was created (ISO 8601). """
    updated_time: str | None = None
    """ When it last changed (ISO 8601). """
    recurrence_pattern: WabaScheduleRecurrence | None = None
    """ How a schedule repeats. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        schedule_type = self.schedule_type

        description = self.description

        start_time = self.start_time

        end_time = self.end_time

        timezone = self.timezone

        days_of_week: list[str] | None = None
        if self.days_of_week is not None:
            days_of_week = self.days_of_week

        is_active = self.is_active

        created_time = self.created_time

        updated_time = self.updated_time

        recurrence_pattern: dict[str, Any] | None = None
        if self.recurrence_pattern is not None:
            recurrence_pattern = self.recurrence_pattern.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if name is not None:
            field_dict["name"] = name
        if status is not None:
            field_dict["status"] = status
        if schedule_type is not None:
            field_dict["schedule_type"] = schedule_type
        if description is not None:
            field_dict["description"] = description
        if start_time is not None:
            field_dict["start_time"] = start_time
        if end_time is not None:
            field_dict["end_time"] = end_time
        if timezone is not None:
            field_dict["timezone"] = timezone
        if days_of_week is not None:
            field_dict["days_of_week"] = days_of_week
        if is_active is not None:
            field_dict["is_active"] = is_active
        if created_time is not None:
            field_dict["created_time"] = created_time
        if updated_time is not None:
            field_dict["updated_time"] = updated_time
        if recurrence_pattern is not None:
            field_dict["recurrence_pattern"] = recurrence_pattern

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", None)

        status = d.pop("status", None)

        schedule_type = d.pop("schedule_type", None)

        description = d.pop("description", None)

        start_time = d.pop("start_time", None)

        end_time = d.pop("end_time", None)

        timezone = d.pop("timezone", None)

        days_of_week = cast(list[str], d.pop("days_of_week", None))

        is_active = graph_bool(d.pop("is_active", None))

        created_time = d.pop("created_time", None)

        updated_time = d.pop("updated_time", None)

        _recurrence_pattern = d.pop("recurrence_pattern", None)
        recurrence_pattern: WabaScheduleRecurrence | None
        if _recurrence_pattern is None:
            recurrence_pattern = None
        else:
            recurrence_pattern = WabaScheduleRecurrence.from_dict(_recurrence_pattern)

        waba_schedule = cls(
            id=id,
            name=name,
            status=status,
            schedule_type=schedule_type,
            description=description,
            start_time=start_time,
            end_time=end_time,
            timezone=timezone,
            days_of_week=days_of_week,
            is_active=is_active,
            created_time=created_time,
            updated_time=updated_time,
            recurrence_pattern=recurrence_pattern,
        )

        waba_schedule.additional_properties = d
        return waba_schedule

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
