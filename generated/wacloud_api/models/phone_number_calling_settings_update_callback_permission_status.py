from typing import Literal

PhoneNumberCallingSettingsUpdateCallbackPermissionStatus = Literal["DISABLED", "ENABLED"]

PHONE_NUMBER_CALLING_SETTINGS_UPDATE_CALLBACK_PERMISSION_STATUS_VALUES: set[
    PhoneNumberCallingSettingsUpdateCallbackPermissionStatus
] = {
    "DISABLED",
    "ENABLED",
}


def check_phone_number_calling_settings_update_callback_permission_status(
    value: str,
) -> PhoneNumberCallingSettingsUpdateCallbackPermissionStatus:
    if value in PHONE_NUMBER_CALLING_SETTINGS_UPDATE_CALLBACK_PERMISSION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHONE_NUMBER_CALLING_SETTINGS_UPDATE_CALLBACK_PERMISSION_STATUS_VALUES!r}"
    )
