from typing import Literal

CardRequestStatus = Literal["approved", "cancelled", "pending", "processing", "rejected"]

CARD_REQUEST_STATUS_VALUES: set[CardRequestStatus] = {
    "approved",
    "cancelled",
    "pending",
    "processing",
    "rejected",
}


def check_card_request_status(value: str) -> CardRequestStatus:
    if value in CARD_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARD_REQUEST_STATUS_VALUES!r}")
