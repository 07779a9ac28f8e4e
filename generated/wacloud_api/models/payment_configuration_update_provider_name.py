from typing import Literal

PaymentConfigurationUpdateProviderName = Literal["payu", "razorpay", "upi_vpa", "zaakpay"]

PAYMENT_CONFIGURATION_UPDATE_PROVIDER_NAME_VALUES: set[PaymentConfigurationUpdateProviderName] = {
    "payu",
    "razorpay",
    "upi_vpa",
    "zaakpay",
}


def check_payment_configuration_update_provider_name(value: str) -> PaymentConfigurationUpdateProviderName:
    if value in PAYMENT_CONFIGURATION_UPDATE_PROVIDER_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAYMENT_CONFIGURATION_UPDATE_PROVIDER_NAME_VALUES!r}"
    )
