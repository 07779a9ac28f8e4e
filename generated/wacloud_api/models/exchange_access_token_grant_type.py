from typing import Literal

ExchangeAccessTokenGrantType = Literal["client_credentials", "fb_exchange_token"]

EXCHANGE_ACCESS_TOKEN_GRANT_TYPE_VALUES: set[ExchangeAccessTokenGrantType] = {
    "client_credentials",
    "fb_exchange_token",
}


def check_exchange_access_token_grant_type(value: str) -> ExchangeAccessTokenGrantType:
    if value in EXCHANGE_ACCESS_TOKEN_GRANT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXCHANGE_ACCESS_TOKEN_GRANT_TYPE_VALUES!r}")
