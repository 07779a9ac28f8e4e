from typing import Literal

WabaScheduleCreateDaysOfWeekItem = Literal["FRIDAY", "MONDAY", "SATURDAY", "SUNDAY", "THURSDAY", "TUESDAY", "WEDNESDAY"]

WABA_SCHEDULE_CREATE_DAYS_OF_WEEK_ITEM_VALUES: set[WabaScheduleCreateDaysOfWeekItem] = {
    "FRIDAY",
    "MONDAY",
    "SATURDAY",
    "SUNDAY",
    "THURSDAY",
    "TUESDAY",
    "WEDNESDAY",
}


def check_waba_schedule_create_days_of_week_item(value: str) -> WabaScheduleCreateDaysOfWeekItem:
    if value in WABA_SCHEDULE_CREATE_DAYS_OF_WEEK_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WABA_SCHEDULE_CREATE_DAYS_OF_WEEK_ITEM_VALUES!r}")
