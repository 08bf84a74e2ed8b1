from typing import Literal

DisputeRespondRequestAction = Literal["accept", "contest"]

DISPUTE_RESPOND_REQUEST_ACTION_VALUES: set[DisputeRespondRequestAction] = {
    "accept",
    "contest",
}


def check_dispute_respond_request_action(value: str) -> DisputeRespondRequestAction:
    if value in DISPUTE_RESPOND_REQUEST_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DISPUTE_RESPOND_REQUEST_ACTION_VALUES!r}")
