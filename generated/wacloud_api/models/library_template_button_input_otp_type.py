from typing import Literal

LibraryTemplateButtonInputOtpType = Literal["COPY_CODE", "ONE_TAP", "ZERO_TAP"]

LIBRARY_TEMPLATE_BUTTON_INPUT_OTP_TYPE_VALUES: set[LibraryTemplateButtonInputOtpType] = {
    "COPY_CODE",
    "ONE_TAP",
    "ZERO_TAP",
}


def check_library_template_button_input_otp_type(value: str) -> LibraryTemplateButtonInputOtpType:
    if value in LIBRARY_TEMPLATE_BUTTON_INPUT_OTP_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIBRARY_TEMPLATE_BUTTON_INPUT_OTP_TYPE_VALUES!r}")
