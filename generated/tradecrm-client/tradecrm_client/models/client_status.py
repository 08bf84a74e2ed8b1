from typing import Literal

ClientStatus = Literal["active", "disabled", "pending"]

CLIENT_STATUS_VALUES: set[ClientStatus] = {
    "active",
    "disabled",
    "pending",
}


def check_client_status(value: str) -> ClientStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in CLIENT_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
