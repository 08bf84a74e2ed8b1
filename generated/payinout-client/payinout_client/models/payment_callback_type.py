from typing import Literal

PaymentCallbackType = Literal["payin", "payout"]

PAYMENT_CALLBACK_TYPE_VALUES: set[PaymentCallbackType] = {
    "payin",
    "payout",
}


def check_payment_callback_type(value: str) -> PaymentCallbackType:
    if value in PAYMENT_CALLBACK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYMENT_CALLBACK_TYPE_VALUES!r}")
