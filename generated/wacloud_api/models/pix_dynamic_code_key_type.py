from typing import Literal

PixDynamicCodeKeyType = Literal["CNPJ", "CPF", "EMAIL", "EVP", "PHONE"]

PIX_DYNAMIC_CODE_KEY_TYPE_VALUES: set[PixDynamicCodeKeyType] = {
    "CNPJ",
    "CPF",
    "EMAIL",
    "EVP",
    "PHONE",
}


def check_pix_dynamic_code_key_type(value: str) -> PixDynamicCodeKeyType:
    if value in PIX_DYNAMIC_CODE_KEY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIX_DYNAMIC_CODE_KEY_TYPE_VALUES!r}")
