from typing import Literal

AuthSessionTokenType = Literal["Bearer"]

AUTH_SESSION_TOKEN_TYPE_VALUES: set[AuthSessionTokenType] = {
    "Bearer",
}


def check_auth_session_token_type(value: str) -> AuthSessionTokenType:
    if value in AUTH_SESSION_TOKEN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTH_SESSION_TOKEN_TYPE_VALUES!r}")
