from typing import Literal

MessageTemplateUpsertRequestCategory = Literal["AUTHENTICATION"]

MESSAGE_TEMPLATE_UPSERT_REQUEST_CATEGORY_VALUES: set[MessageTemplateUpsertRequestCategory] = {
    "AUTHENTICATION",
}


def check_message_template_upsert_request_category(value: str) -> MessageTemplateUpsertRequestCategory:
    if value in MESSAGE_TEMPLATE_UPSERT_REQUEST_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_TEMPLATE_UPSERT_REQUEST_CATEGORY_VALUES!r}")
