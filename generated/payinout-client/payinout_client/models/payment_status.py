from typing import Literal

PaymentStatus = Literal["cancelled", "completed", "contested", "failed", "pending", "processing"]

PAYMENT_STATUS_VALUES: set[PaymentStatus] = {
    "cancelled",
    "completed",
    "contested",
    "failed",
    "pending",
    "processing",
}


def check_payment_status(value: str) -> PaymentStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in PAYMENT_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
