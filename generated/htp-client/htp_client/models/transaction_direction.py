from typing import Literal

TransactionDirection = Literal["credit", "debit"]

TRANSACTION_DIRECTION_VALUES: set[TransactionDirection] = {
    "credit",
    "debit",
}


def check_transaction_direction(value: str) -> TransactionDirection | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in TRANSACTION_DIRECTION_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
