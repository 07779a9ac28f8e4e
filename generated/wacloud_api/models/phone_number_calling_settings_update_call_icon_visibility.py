from typing import Literal

PhoneNumberCallingSettingsUpdateCallIconVisibility = Literal["DEFAULT", "DISABLE_ALL"]

PHONE_NUMBER_CALLING_SETTINGS_UPDATE_CALL_ICON_VISIBILITY_VALUES: set[
    PhoneNumberCallingSettingsUpdateCallIconVisibility
] = {
    "DEFAULT",
    "DISABLE_ALL",
}


def check_phone_number_calling_settings_update_call_icon_visibility(
    value: str,
) -> PhoneNumberCallingSettingsUpdateCallIconVisibility:
    if value in PHONE_NUMBER_CALLING_SETTINGS_UPDATE_CALL_ICON_VISIBILITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHONE_NUMBER_CALLING_SETTINGS_UPDATE_CALL_ICON_VISIBILITY_VALUES!r}"
    )
