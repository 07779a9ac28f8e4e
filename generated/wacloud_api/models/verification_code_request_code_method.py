from typing import Literal

VerificationCodeRequestCodeMethod = Literal["SMS", "VOICE"]

VERIFICATION_CODE_REQUEST_CODE_METHOD_VALUES: set[VerificationCodeRequestCodeMethod] = {
    "SMS",
    "VOICE",
}


def check_verification_code_request_code_method(value: str) -> VerificationCodeRequestCodeMethod:
    if value in VERIFICATION_CODE_REQUEST_CODE_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VERIFICATION_CODE_REQUEST_CODE_METHOD_VALUES!r}")
