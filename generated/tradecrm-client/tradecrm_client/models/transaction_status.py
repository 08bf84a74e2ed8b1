from typing import Literal

TransactionStatus = Literal["approved", "completed", "failed", "pending", "rejected"]

TRANSACTION_STATUS_VALUES: set[TransactionStatus] = {
    "approved",
    "completed",
    "failed",
    "pending",
    "rejected",
}


def check_transaction_status(value: str) -> TransactionStatus:
    if value in TRANSACTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_STATUS_VALUES!r}")
