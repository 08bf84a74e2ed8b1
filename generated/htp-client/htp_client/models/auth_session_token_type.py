from typing import Literal

AuthSessionTokenType = Literal["Bearer"]

AUTH_SESSION_TOKEN_TYPE_VALUES: set[AuthSessionTokenType] = {
    "Bearer",
}


def check_auth_session_token_type(value: str) -> AuthSessionTokenType | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in AUTH_SESSION_TOKEN_TYPE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
