from typing import Literal

CardRequestStatus = Literal["approved", "cancelled", "pending", "processing", "rejected"]

CARD_REQUEST_STATUS_VALUES: set[CardRequestStatus] = {
    "approved",
    "cancelled",
    "pending",
    "processing",
    "rejected",
}


def check_card_request_status(value: str) -> CardRequestStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in CARD_REQUEST_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
