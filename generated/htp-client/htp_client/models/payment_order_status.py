from typing import Literal

PaymentOrderStatus = Literal["cancelled", "expired", "failed", "paid", "pending"]

PAYMENT_ORDER_STATUS_VALUES: set[PaymentOrderStatus] = {
    "cancelled",
    "expired",
    "failed",
    "paid",
    "pending",
}


def check_payment_order_status(value: str) -> PaymentOrderStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in PAYMENT_ORDER_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
