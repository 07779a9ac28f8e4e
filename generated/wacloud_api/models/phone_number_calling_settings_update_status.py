from typing import Literal

PhoneNumberCallingSettingsUpdateStatus = Literal["DISABLED", "ENABLED"]

PHONE_NUMBER_CALLING_SETTINGS_UPDATE_STATUS_VALUES: set[PhoneNumberCallingSettingsUpdateStatus] = {
    "DISABLED",
    "ENABLED",
}


def check_phone_number_calling_settings_update_status(value: str) -> PhoneNumberCallingSettingsUpdateStatus:
    if value in PHONE_NUMBER_CALLING_SETTINGS_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHONE_NUMBER_CALLING_SETTINGS_UPDATE_STATUS_VALUES!r}"
    )
