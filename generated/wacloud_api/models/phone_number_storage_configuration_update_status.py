from typing import Literal

PhoneNumberStorageConfigurationUpdateStatus = Literal["IN_COUNTRY_STORAGE_DISABLED", "IN_COUNTRY_STORAGE_ENABLED"]

PHONE_NUMBER_STORAGE_CONFIGURATION_UPDATE_STATUS_VALUES: set[PhoneNumberStorageConfigurationUpdateStatus] = {
    "IN_COUNTRY_STORAGE_DISABLED",
    "IN_COUNTRY_STORAGE_ENABLED",
}


def check_phone_number_storage_configuration_update_status(value: str) -> PhoneNumberStorageConfigurationUpdateStatus:
    if value in PHONE_NUMBER_STORAGE_CONFIGURATION_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHONE_NUMBER_STORAGE_CONFIGURATION_UPDATE_STATUS_VALUES!r}"
    )
