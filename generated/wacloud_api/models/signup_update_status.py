from typing import Literal

SignupUpdateStatus = Literal["ACTIVE", "DISABLED"]

SIGNUP_UPDATE_STATUS_VALUES: set[SignupUpdateStatus] = {
    "ACTIVE",
    "DISABLED",
}


def check_signup_update_status(value: str) -> SignupUpdateStatus:
    if value in SIGNUP_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIGNUP_UPDATE_STATUS_VALUES!r}")
