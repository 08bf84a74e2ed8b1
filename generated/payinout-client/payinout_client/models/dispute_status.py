from typing import Literal

DisputeStatus = Literal["accepted", "contested", "lost", "open", "won"]

DISPUTE_STATUS_VALUES: set[DisputeStatus] = {
    "accepted",
    "contested",
    "lost",
    "open",
    "won",
}


def check_dispute_status(value: str) -> DisputeStatus:
    if value in DISPUTE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DISPUTE_STATUS_VALUES!r}")
