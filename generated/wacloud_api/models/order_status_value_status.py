from typing import Literal

OrderStatusValueStatus = Literal["canceled", "completed", "partially_shipped", "pending", "processing", "shipped"]

ORDER_STATUS_VALUE_STATUS_VALUES: set[OrderStatusValueStatus] = {
    "canceled",
    "completed",
    "partially_shipped",
    "pending",
    "processing",
    "shipped",
}


def check_order_status_value_status(value: str) -> OrderStatusValueStatus:
    if value in ORDER_STATUS_VALUE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_STATUS_VALUE_STATUS_VALUES!r}")
