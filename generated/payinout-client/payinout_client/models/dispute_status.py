from typing import Literal

DisputeStatus = Literal["accepted", "contested", "lost", "open", "won"]

DISPUTE_STATUS_VALUES: set[DisputeStatus] = {
    "accepted",
    "contested",
    "lost",
    "open",
    "won",
}


def check_dispute_status(value: str) -> DisputeStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in DISPUTE_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
