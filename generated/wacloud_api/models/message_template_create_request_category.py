from typing import Literal

MessageTemplateCreateRequestCategory = Literal["AUTHENTICATION", "MARKETING", "UTILITY"]

MESSAGE_TEMPLATE_CREATE_REQUEST_CATEGORY_VALUES: set[MessageTemplateCreateRequestCategory] = {
    "AUTHENTICATION",
    "MARKETING",
    "UTILITY",
}


def check_message_template_create_request_category(value: str) -> MessageTemplateCreateRequestCategory:
    if value in MESSAGE_TEMPLATE_CREATE_REQUEST_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_TEMPLATE_CREATE_REQUEST_CATEGORY_VALUES!r}")
