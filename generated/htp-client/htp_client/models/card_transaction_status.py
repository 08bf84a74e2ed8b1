from typing import Literal

CardTransactionStatus = Literal["completed", "declined", "pending", "reversed"]

CARD_TRANSACTION_STATUS_VALUES: set[CardTransactionStatus] = {
    "completed",
    "declined",
    "pending",
    "reversed",
}


def check_card_transaction_status(value: str) -> CardTransactionStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in CARD_TRANSACTION_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
