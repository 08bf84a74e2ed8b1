from typing import Literal

UpdateCardStatusRequestStatus = Literal["active", "frozen"]

UPDATE_CARD_STATUS_REQUEST_STATUS_VALUES: set[UpdateCardStatusRequestStatus] = {
    "active",
    "frozen",
}


def check_update_card_status_request_status(value: str) -> UpdateCardStatusRequestStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in UPDATE_CARD_STATUS_REQUEST_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
