from typing import Literal

WabaScheduleCreateScheduleType = Literal[
    "AUTOMATED_RESPONSE", "BUSINESS_HOURS", "CUSTOM", "MAINTENANCE_WINDOW", "MESSAGE_CAMPAIGN"
]

WABA_SCHEDULE_CREATE_SCHEDULE_TYPE_VALUES: set[WabaScheduleCreateScheduleType] = {
    "AUTOMATED_RESPONSE",
    "BUSINESS_HOURS",
    "CUSTOM",
    "MAINTENANCE_WINDOW",
    "MESSAGE_CAMPAIGN",
}


def check_waba_schedule_create_schedule_type(value: str) -> WabaScheduleCreateScheduleType:
    if value in WABA_SCHEDULE_CREATE_SCHEDULE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WABA_SCHEDULE_CREATE_SCHEDULE_TYPE_VALUES!r}")
