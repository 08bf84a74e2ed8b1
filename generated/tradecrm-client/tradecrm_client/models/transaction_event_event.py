from typing import Literal

TransactionEventEvent = Literal["deposit.completed", "withdrawal.approved", "withdrawal.requested"]

TRANSACTION_EVENT_EVENT_VALUES: set[TransactionEventEvent] = {
    "deposit.completed",
    "withdrawal.approved",
    "withdrawal.requested",
}


def check_transaction_event_event(value: str) -> TransactionEventEvent:
    if value in TRANSACTION_EVENT_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_EVENT_EVENT_VALUES!r}")
