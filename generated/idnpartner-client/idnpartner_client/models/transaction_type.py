from typing import Literal

TransactionType = Literal["credit", "debit"]

TRANSACTION_TYPE_VALUES: set[TransactionType] = {
    "credit",
    "debit",
}


def check_transaction_type(value: str) -> TransactionType | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in TRANSACTION_TYPE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
