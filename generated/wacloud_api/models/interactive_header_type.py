from typing import Literal

InteractiveHeaderType = Literal["document", "image", "text", "video"]

INTERACTIVE_HEADER_TYPE_VALUES: set[InteractiveHeaderType] = {
    "document",
    "image",
    "text",
    "video",
}


def check_interactive_header_type(value: str) -> InteractiveHeaderType:
    if value in INTERACTIVE_HEADER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTERACTIVE_HEADER_TYPE_VALUES!r}")
