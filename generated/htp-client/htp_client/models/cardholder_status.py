from typing import Literal

CardholderStatus = Literal["active", "inactive"]

CARDHOLDER_STATUS_VALUES: set[CardholderStatus] = {
    "active",
    "inactive",
}


def check_cardholder_status(value: str) -> CardholderStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in CARDHOLDER_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
