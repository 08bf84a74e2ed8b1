from typing import Literal

PaymentCallbackType = Literal["payin", "payout"]

PAYMENT_CALLBACK_TYPE_VALUES: set[PaymentCallbackType] = {
    "payin",
    "payout",
}


def check_payment_callback_type(value: str) -> PaymentCallbackType | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in PAYMENT_CALLBACK_TYPE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
