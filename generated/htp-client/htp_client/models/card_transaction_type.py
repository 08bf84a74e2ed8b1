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


def check_card_transaction_type(value: str) -> CardTransactionType | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in CARD_TRANSACTION_TYPE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
