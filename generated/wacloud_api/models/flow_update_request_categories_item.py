from typing import Literal

FlowUpdateRequestCategoriesItem = Literal[
    "APPOINTMENT_BOOKING", "CONTACT_US", "CUSTOMER_SUPPORT", "LEAD_GENERATION", "OTHER", "SIGN_IN", "SIGN_UP", "SURVEY"
]

FLOW_UPDATE_REQUEST_CATEGORIES_ITEM_VALUES: set[FlowUpdateRequestCategoriesItem] = {
    "APPOINTMENT_BOOKING",
    "CONTACT_US",
    "CUSTOMER_SUPPORT",
    "LEAD_GENERATION",
    "OTHER",
    "SIGN_IN",
    "SIGN_UP",
    "SURVEY",
}


def check_flow_update_request_categories_item(value: str) -> FlowUpdateRequestCategoriesItem:
    if value in FLOW_UPDATE_REQUEST_CATEGORIES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOW_UPDATE_REQUEST_CATEGORIES_ITEM_VALUES!r}")
