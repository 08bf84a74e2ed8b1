from typing import Literal

TransactionType = Literal["adjustment", "card_fee", "card_top_up", "card_withdrawal", "deposit", "refund"]

TRANSACTION_TYPE_VALUES: set[TransactionType] = {
    "adjustment",
    "card_fee",
    "card_top_up",
    "card_withdrawal",
    "deposit",
    "refund",
}


def check_transaction_type(value: str) -> TransactionType:
    if value in TRANSACTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_TYPE_VALUES!r}")
