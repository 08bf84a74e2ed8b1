from typing import Literal

ForbiddenErrorError = Literal["invalid_api_key", "invalid_signature"]

FORBIDDEN_ERROR_ERROR_VALUES: set[ForbiddenErrorError] = {
    "invalid_api_key",
    "invalid_signature",
}


def check_forbidden_error_error(value: str) -> ForbiddenErrorError:
    if value in FORBIDDEN_ERROR_ERROR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FORBIDDEN_ERROR_ERROR_VALUES!r}")
