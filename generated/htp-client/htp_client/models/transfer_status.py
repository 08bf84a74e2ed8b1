from typing import Literal

TransferStatus = Literal["completed", "failed", "pending", "processing"]

TRANSFER_STATUS_VALUES: set[TransferStatus] = {
    "completed",
    "failed",
    "pending",
    "processing",
}


def check_transfer_status(value: str) -> TransferStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in TRANSFER_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
