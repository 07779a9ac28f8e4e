from typing import Literal

MessageTemplateOtpButtonOtpType = Literal["COPY_CODE", "ONE_TAP", "ZERO_TAP"]

MESSAGE_TEMPLATE_OTP_BUTTON_OTP_TYPE_VALUES: set[MessageTemplateOtpButtonOtpType] = {
    "COPY_CODE",
    "ONE_TAP",
    "ZERO_TAP",
}


def check_message_template_otp_button_otp_type(value: str) -> MessageTemplateOtpButtonOtpType:
    if value in MESSAGE_TEMPLATE_OTP_BUTTON_OTP_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_TEMPLATE_OTP_BUTTON_OTP_TYPE_VALUES!r}")
