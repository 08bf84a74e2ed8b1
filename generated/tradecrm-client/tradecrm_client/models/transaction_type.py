from typing import Literal

TransactionType = Literal["adjustment", "commission", "deposit", "transfer", "withdrawal"]

TRANSACTION_TYPE_VALUES: set[TransactionType] = {
    "adjustment",
    "commission",
    "deposit",
    "transfer",
    "withdrawal",
}


def check_transaction_type(value: str) -> TransactionType:
    if value in TRANSACTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_TYPE_VALUES!r}")
