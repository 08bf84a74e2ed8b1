from typing import Literal

TransactionDirection = Literal["credit", "debit"]

TRANSACTION_DIRECTION_VALUES: set[TransactionDirection] = {
    "credit",
    "debit",
}


def check_transaction_direction(value: str) -> TransactionDirection:
    if value in TRANSACTION_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_DIRECTION_VALUES!r}")
