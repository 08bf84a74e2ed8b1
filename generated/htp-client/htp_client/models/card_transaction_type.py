from typing import Literal

CardTransactionType = Literal["fee", "purchase", "refund", "reversal", "top_up", "withdrawal"]

CARD_TRANSACTION_TYPE_VALUES: set[CardTransactionType] = {
    "fee",
    "purchase",
    "refund",
    "reversal",
    "top_up",
    "withdrawal",
}


def check_card_transaction_type(value: str) -> CardTransactionType:
    if value in CARD_TRANSACTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARD_TRANSACTION_TYPE_VALUES!r}")
