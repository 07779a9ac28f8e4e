from typing import Literal

MessageTemplateHeaderComponentFormat = Literal["DOCUMENT", "GIF", "IMAGE", "LOCATION", "PRODUCT", "TEXT", "VIDEO"]

MESSAGE_TEMPLATE_HEADER_COMPONENT_FORMAT_VALUES: set[MessageTemplateHeaderComponentFormat] = {
    "DOCUMENT",
    "GIF",
    "IMAGE",
    "LOCATION",
    "PRODUCT",
    "TEXT",
    "VIDEO",
}


def check_message_template_header_component_format(value: str) -> MessageTemplateHeaderComponentFormat:
    if value in MESSAGE_TEMPLATE_HEADER_COMPONENT_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_TEMPLATE_HEADER_COMPONENT_FORMAT_VALUES!r}")
