from typing import Literal

ConnectTokenDataTokenType = Literal["Bearer"]

CONNECT_TOKEN_DATA_TOKEN_TYPE_VALUES: set[ConnectTokenDataTokenType] = {
    "Bearer",
}


def check_connect_token_data_token_type(value: str) -> ConnectTokenDataTokenType:
    if value in CONNECT_TOKEN_DATA_TOKEN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONNECT_TOKEN_DATA_TOKEN_TYPE_VALUES!r}")
