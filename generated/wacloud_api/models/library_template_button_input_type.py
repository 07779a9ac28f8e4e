from typing import Literal

LibraryTemplateButtonInputType = Literal["OTP", "PHONE_NUMBER", "QUICK_REPLY", "URL"]

LIBRARY_TEMPLATE_BUTTON_INPUT_TYPE_VALUES: set[LibraryTemplateButtonInputType] = {
    "OTP",
    "PHONE_NUMBER",
    "QUICK_REPLY",
    "URL",
}


def check_library_template_button_input_type(value: str) -> LibraryTemplateButtonInputType:
    if value in LIBRARY_TEMPLATE_BUTTON_INPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIBRARY_TEMPLATE_BUTTON_INPUT_TYPE_VALUES!r}")
