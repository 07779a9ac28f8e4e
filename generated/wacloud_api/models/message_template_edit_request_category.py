from typing import Literal

MessageTemplateEditRequestCategory = Literal["AUTHENTICATION", "MARKETING", "UTILITY"]

MESSAGE_TEMPLATE_EDIT_REQUEST_CATEGORY_VALUES: set[MessageTemplateEditRequestCategory] = {
    "AUTHENTICATION",
    "MARKETING",
    "UTILITY",
}


def check_message_template_edit_request_category(value: str) -> MessageTemplateEditRequestCategory:
    if value in MESSAGE_TEMPLATE_EDIT_REQUEST_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_TEMPLATE_EDIT_REQUEST_CATEGORY_VALUES!r}")
