from typing import Literal

PinContentType = Literal["pin", "unpin"]

PIN_CONTENT_TYPE_VALUES: set[PinContentType] = {
    "pin",
    "unpin",
}


def check_pin_content_type(value: str) -> PinContentType:
    if value in PIN_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIN_CONTENT_TYPE_VALUES!r}")
