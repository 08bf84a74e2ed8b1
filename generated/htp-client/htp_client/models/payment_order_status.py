from typing import Literal

PaymentOrderStatus = Literal["cancelled", "expired", "failed", "paid", "pending"]

PAYMENT_ORDER_STATUS_VALUES: set[PaymentOrderStatus] = {
    "cancelled",
    "expired",
    "failed",
    "paid",
    "pending",
}


def check_payment_order_status(value: str) -> PaymentOrderStatus:
    if value in PAYMENT_ORDER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYMENT_ORDER_STATUS_VALUES!r}")
