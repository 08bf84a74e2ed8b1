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


def check_payment_status(value: str) -> PaymentStatus:
    if value in PAYMENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYMENT_STATUS_VALUES!r}")
