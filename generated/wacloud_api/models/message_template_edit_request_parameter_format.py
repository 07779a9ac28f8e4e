from typing import Literal

MessageTemplateEditRequestParameterFormat = Literal["named", "positional"]

MESSAGE_TEMPLATE_EDIT_REQUEST_PARAMETER_FORMAT_VALUES: set[MessageTemplateEditRequestParameterFormat] = {
    "named",
    "positional",
}


def check_message_template_edit_request_parameter_format(value: str) -> MessageTemplateEditRequestParameterFormat:
    if value in MESSAGE_TEMPLATE_EDIT_REQUEST_PARAMETER_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_TEMPLATE_EDIT_REQUEST_PARAMETER_FORMAT_VALUES!r}"
    )
