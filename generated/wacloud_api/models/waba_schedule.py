from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.waba_schedule_recurrence import WabaScheduleRecurrence


T = TypeVar("T", bound="WabaSchedule")


@_attrs_define
class WabaSchedule:
    """A schedule of a WhatsApp Business Account.

    Example:
        {'id': '1234567890123456', 'name': 'Business Hours Schedule', 'status': 'ACTIVE'}

    """

    id: str
    """ The schedule id. """
    name: str | Unset = UNSET
    """ The schedule name. """
    status: str | Unset = UNSET
    """ e.g. `ACTIVE`, `INACTIVE`, `PAUSED`, `EXPIRED`, `DRAFT`. """
    schedule_type: str | Unset = UNSET
    """ e.g. `BUSINESS_HOURS`, `AUTOMATED_RESPONSE`, `MESSAGE_CAMPAIGN`, `MAINTENANCE_WINDOW`, `CUSTOM`. """
    description: str | Unset = UNSET
    """ What the schedule is for. """
    start_time: str | Unset = UNSET
    """ Start, `HH:MM`. """
    end_time: str | Unset = UNSET
    """ End, `HH:MM`. """
    timezone: str | Unset = UNSET
    """ Time zone, e.g. `America/New_York`. """
    days_of_week: list[str] | Unset = UNSET
    """ The weekdays it applies to. """
    is_active: bool | Unset = UNSET
    """ Whether the schedule is active. """
    created_time: str | Unset = UNSET
    """ When it was created (ISO 8601). """
    updated_time: str | Unset = UNSET
    """ When it last changed (ISO 8601). """
    recurrence_pattern: WabaScheduleRecurrence | Unset = UNSET
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

        days_of_week: list[str] | Unset = UNSET
        if not isinstance(self.days_of_week, Unset):
            days_of_week = self.days_of_week

        is_active = self.is_active

        created_time = self.created_time

        updated_time = self.updated_time

        recurrence_pattern: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurrence_pattern, Unset):
            recurrence_pattern = self.recurrence_pattern.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if schedule_type is not UNSET:
            field_dict["schedule_type"] = schedule_type
        if description is not UNSET:
            field_dict["description"] = description
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if days_of_week is not UNSET:
            field_dict["days_of_week"] = days_of_week
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if recurrence_pattern is not UNSET:
            field_dict["recurrence_pattern"] = recurrence_pattern

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.waba_schedule_recurrence import WabaScheduleRecurrence  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        schedule_type = d.pop("schedule_type", UNSET)

        description = d.pop("description", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        timezone = d.pop("timezone", UNSET)

        days_of_week = cast(list[str], d.pop("days_of_week", UNSET))

        is_active = d.pop("is_active", UNSET)

        created_time = d.pop("created_time", UNSET)

        updated_time = d.pop("updated_time", UNSET)

        _recurrence_pattern = d.pop("recurrence_pattern", UNSET)
        recurrence_pattern: WabaScheduleRecurrence | Unset
        if isinstance(_recurrence_pattern, Unset):
            recurrence_pattern = UNSET
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
