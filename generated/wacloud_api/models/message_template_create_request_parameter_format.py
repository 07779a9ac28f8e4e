from typing import Literal

MessageTemplateCreateRequestParameterFormat = Literal["named", "positional"]

MESSAGE_TEMPLATE_CREATE_REQUEST_PARAMETER_FORMAT_VALUES: set[MessageTemplateCreateRequestParameterFormat] = {
    "named",
    "positional",
}


def check_message_template_create_request_parameter_format(value: str) -> MessageTemplateCreateRequestParameterFormat:
    if value in MESSAGE_TEMPLATE_CREATE_REQUEST_PARAMETER_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_TEMPLATE_CREATE_REQUEST_PARAMETER_FORMAT_VALUES!r}"
    )
