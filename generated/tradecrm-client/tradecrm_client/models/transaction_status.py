from typing import Literal

TransactionStatus = Literal["approved", "completed", "failed", "pending", "rejected"]

TRANSACTION_STATUS_VALUES: set[TransactionStatus] = {
    "approved",
    "completed",
    "failed",
    "pending",
    "rejected",
}


def check_transaction_status(value: str) -> TransactionStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in TRANSACTION_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
