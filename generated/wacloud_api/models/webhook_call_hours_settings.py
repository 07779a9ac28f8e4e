from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookCallHoursSettings")


@_attrs_define
class WebhookCallHoursSettings:
    """When the business accepts calls.

    Example:
        {'status': 'ENABLED', 'timezone_id': 'America/Manaus', 'weekly_operating_hours': [{'day_of_week': 'MONDAY',
            'open_time': '0400', 'close_time': '1020'}], 'holiday_schedule': [{'date': '2026-01-01', 'start_time': '0000',
            'end_time': '2359'}]}

    """

    status: str | None = None
    """ `ENABLED` or `DISABLED` (open around the clock). """
    timezone_id: str | None = None
    """ Time zone of the hours, e.g. `America/Manaus`. """
    weekly_operating_hours: list[WebhookWeeklyCallHours] | None = None
    """ Opening hours per weekday. """
    holiday_schedule: list[WebhookHolidayCallHours] | None = None
    """ Date-specific overrides. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        timezone_id = self.timezone_id

        weekly_operating_hours: list[dict[str, Any]] | None = None
        if self.weekly_operating_hours is not None:
            weekly_operating_hours = [
                weekly_operating_hours_item_data.to_dict()
                for weekly_operating_hours_item_data in self.weekly_operating_hours
            ]

        holiday_schedule: list[dict[str, Any]] | None = None
        if self.holiday_schedule is not None:
            holiday_schedule = [
                holiday_schedule_item_data.to_dict() for holiday_schedule_item_data in self.holiday_schedule
            ]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if status is not None:
            field_dict["status"] = status
        if timezone_id is not None:
            field_dict["timezone_id"] = timezone_id
        if weekly_operating_hours is not None:
            field_dict["weekly_operating_hours"] = weekly_operating_hours
        if holiday_schedule is not None:
            field_dict["holiday_schedule"] = holiday_schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", None)

        timezone_id = d.pop("timezone_id", None)

        _weekly_operating_hours = d.pop("weekly_operating_hours", None)
        weekly_operating_hours: list[WebhookWeeklyCallHours] | None = None
        if _weekly_operating_hours is not None:
            weekly_operating_hours = []
            for weekly_operating_hours_item_data in _weekly_operating_hours:
                weekly_operating_hours_item = WebhookWeeklyCallHours.from_dict(weekly_operating_hours_item_data)

                weekly_operating_hours.append(weekly_operating_hours_item)

        _holiday_schedule = d.pop("holiday_schedule", None)
        holiday_schedule: list[WebhookHolidayCallHours] | None = None
        if _holiday_schedule is not None:
            holiday_schedule = []
            for holiday_schedule_item_data in _holiday_schedule:
                holiday_schedule_item = WebhookHolidayCallHours.from_dict(holiday_schedule_item_data)

                holiday_schedule.append(holiday_schedule_item)

        webhook_call_hours_settings = cls(
            status=status,
            timezone_id=timezone_id,
            weekly_operating_hours=weekly_operating_hours,
            holiday_schedule=holiday_schedule,
        )

        webhook_call_hours_settings.additional_properties = d
        return webhook_call_hours_settings

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
from ..models.webhook_holiday_call_hours import WebhookHolidayCallHours  # noqa: E402
from ..models.webhook_weekly_call_hours import WebhookWeeklyCallHours  # noqa: E402
