from typing import Literal

TokenPairTokenType = Literal["Bearer"]

TOKEN_PAIR_TOKEN_TYPE_VALUES: set[TokenPairTokenType] = {
    "Bearer",
}


def check_token_pair_token_type(value: str) -> TokenPairTokenType:
    if value in TOKEN_PAIR_TOKEN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOKEN_PAIR_TOKEN_TYPE_VALUES!r}")
