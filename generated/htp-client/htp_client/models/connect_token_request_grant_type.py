from typing import Literal

ConnectTokenRequestGrantType = Literal["client_credentials"]

CONNECT_TOKEN_REQUEST_GRANT_TYPE_VALUES: set[ConnectTokenRequestGrantType] = {
    "client_credentials",
}


def check_connect_token_request_grant_type(value: str) -> ConnectTokenRequestGrantType | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in CONNECT_TOKEN_REQUEST_GRANT_TYPE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
