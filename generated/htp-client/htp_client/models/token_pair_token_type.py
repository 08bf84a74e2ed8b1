from typing import Literal

TokenPairTokenType = Literal["Bearer"]

TOKEN_PAIR_TOKEN_TYPE_VALUES: set[TokenPairTokenType] = {
    "Bearer",
}


def check_token_pair_token_type(value: str) -> TokenPairTokenType | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in TOKEN_PAIR_TOKEN_TYPE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
