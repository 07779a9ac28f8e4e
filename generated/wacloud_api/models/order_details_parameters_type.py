from typing import Literal

OrderDetailsParametersType = Literal["digital-goods", "physical-goods"]

ORDER_DETAILS_PARAMETERS_TYPE_VALUES: set[OrderDetailsParametersType] = {
    "digital-goods",
    "physical-goods",
}


def check_order_details_parameters_type(value: str) -> OrderDetailsParametersType:
    if value in ORDER_DETAILS_PARAMETERS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_DETAILS_PARAMETERS_TYPE_VALUES!r}")
