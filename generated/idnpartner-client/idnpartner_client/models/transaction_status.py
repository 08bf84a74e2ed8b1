from typing import Literal

TransactionStatus = Literal["failed", "pending", "success"]

TRANSACTION_STATUS_VALUES: set[TransactionStatus] = {
    "failed",
    "pending",
    "success",
}


def check_transaction_status(value: str) -> TransactionStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in TRANSACTION_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
