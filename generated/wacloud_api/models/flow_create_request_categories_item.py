from typing import Literal

FlowCreateRequestCategoriesItem = Literal[
    "APPOINTMENT_BOOKING", "CONTACT_US", "CUSTOMER_SUPPORT", "LEAD_GENERATION", "OTHER", "SIGN_IN", "SIGN_UP", "SURVEY"
]

FLOW_CREATE_REQUEST_CATEGORIES_ITEM_VALUES: set[FlowCreateRequestCategoriesItem] = {
    "APPOINTMENT_BOOKING",
    "CONTACT_US",
    "CUSTOMER_SUPPORT",
    "LEAD_GENERATION",
    "OTHER",
    "SIGN_IN",
    "SIGN_UP",
    "SURVEY",
}


def check_flow_create_request_categories_item(value: str) -> FlowCreateRequestCategoriesItem:
    if value in FLOW_CREATE_REQUEST_CATEGORIES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOW_CREATE_REQUEST_CATEGORIES_ITEM_VALUES!r}")
