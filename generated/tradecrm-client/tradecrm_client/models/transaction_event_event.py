from typing import Literal

TransactionEventEvent = Literal["deposit.completed", "withdrawal.approved", "withdrawal.requested"]

TRANSACTION_EVENT_EVENT_VALUES: set[TransactionEventEvent] = {
    "deposit.completed",
    "withdrawal.approved",
    "withdrawal.requested",
}


def check_transaction_event_event(value: str) -> TransactionEventEvent | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in TRANSACTION_EVENT_EVENT_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
