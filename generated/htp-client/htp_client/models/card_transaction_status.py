from typing import Literal

CardTransactionStatus = Literal["completed", "declined", "pending", "reversed"]

CARD_TRANSACTION_STATUS_VALUES: set[CardTransactionStatus] = {
    "completed",
    "declined",
    "pending",
    "reversed",
}


def check_card_transaction_status(value: str) -> CardTransactionStatus:
    if value in CARD_TRANSACTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARD_TRANSACTION_STATUS_VALUES!r}")
