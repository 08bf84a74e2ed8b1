from typing import Literal

UpdateCardStatusRequestStatus = Literal["active", "frozen"]

UPDATE_CARD_STATUS_REQUEST_STATUS_VALUES: set[UpdateCardStatusRequestStatus] = {
    "active",
    "frozen",
}


def check_update_card_status_request_status(value: str) -> UpdateCardStatusRequestStatus:
    if value in UPDATE_CARD_STATUS_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_CARD_STATUS_REQUEST_STATUS_VALUES!r}")
