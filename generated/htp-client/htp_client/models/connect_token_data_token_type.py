from typing import Literal

ConnectTokenDataTokenType = Literal["Bearer"]

CONNECT_TOKEN_DATA_TOKEN_TYPE_VALUES: set[ConnectTokenDataTokenType] = {
    "Bearer",
}


def check_connect_token_data_token_type(value: str) -> ConnectTokenDataTokenType | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in CONNECT_TOKEN_DATA_TOKEN_TYPE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
