from typing import Literal

PhoneNumberPayloadEncryptionUpdateStatus = Literal["DISABLED", "ENABLED"]

PHONE_NUMBER_PAYLOAD_ENCRYPTION_UPDATE_STATUS_VALUES: set[PhoneNumberPayloadEncryptionUpdateStatus] = {
    "DISABLED",
    "ENABLED",
}


def check_phone_number_payload_encryption_update_status(value: str) -> PhoneNumberPayloadEncryptionUpdateStatus:
    if value in PHONE_NUMBER_PAYLOAD_ENCRYPTION_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHONE_NUMBER_PAYLOAD_ENCRYPTION_UPDATE_STATUS_VALUES!r}"
    )
