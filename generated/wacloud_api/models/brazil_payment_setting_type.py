from typing import Literal

BrazilPaymentSettingType = Literal["boleto", "payment_link", "pix_dynamic_code"]

BRAZIL_PAYMENT_SETTING_TYPE_VALUES: set[BrazilPaymentSettingType] = {
    "boleto",
    "payment_link",
    "pix_dynamic_code",
}


def check_brazil_payment_setting_type(value: str) -> BrazilPaymentSettingType:
    if value in BRAZIL_PAYMENT_SETTING_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BRAZIL_PAYMENT_SETTING_TYPE_VALUES!r}")
