from typing import Literal

PaymentConfigurationCreateProviderName = Literal["payu", "razorpay", "upi_vpa", "zaakpay"]

PAYMENT_CONFIGURATION_CREATE_PROVIDER_NAME_VALUES: set[PaymentConfigurationCreateProviderName] = {
    "payu",
    "razorpay",
    "upi_vpa",
    "zaakpay",
}


def check_payment_configuration_create_provider_name(value: str) -> PaymentConfigurationCreateProviderName:
    if value in PAYMENT_CONFIGURATION_CREATE_PROVIDER_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAYMENT_CONFIGURATION_CREATE_PROVIDER_NAME_VALUES!r}"
    )
