from typing import Literal

ForbiddenErrorError = Literal["invalid_api_key", "invalid_signature"]

FORBIDDEN_ERROR_ERROR_VALUES: set[ForbiddenErrorError] = {
    "invalid_api_key",
    "invalid_signature",
}


def check_forbidden_error_error(value: str) -> ForbiddenErrorError | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in FORBIDDEN_ERROR_ERROR_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
