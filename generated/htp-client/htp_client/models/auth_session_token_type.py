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
    raise TypeError(
        f"expected a <openapi_python_client.strings.PythonCode object at 0x7f3db897a110>, got {type(value).__name__}"
    )
