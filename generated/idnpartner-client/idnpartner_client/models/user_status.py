from typing import Literal

UserStatus = Literal["active", "closed", "suspended"]

USER_STATUS_VALUES: set[UserStatus] = {
    "active",
    "closed",
    "suspended",
}


def check_user_status(value: str) -> UserStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in USER_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
