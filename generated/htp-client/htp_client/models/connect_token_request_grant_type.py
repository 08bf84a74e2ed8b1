from typing import Literal

ConnectTokenRequestGrantType = Literal["client_credentials"]

CONNECT_TOKEN_REQUEST_GRANT_TYPE_VALUES: set[ConnectTokenRequestGrantType] = {
    "client_credentials",
}


def check_connect_token_request_grant_type(value: str) -> ConnectTokenRequestGrantType:
    if value in CONNECT_TOKEN_REQUEST_GRANT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONNECT_TOKEN_REQUEST_GRANT_TYPE_VALUES!r}")
