from typing import Literal

DisputeRespondRequestAction = Literal["accept", "contest"]

DISPUTE_RESPOND_REQUEST_ACTION_VALUES: set[DisputeRespondRequestAction] = {
    "accept",
    "contest",
}


def check_dispute_respond_request_action(value: str) -> DisputeRespondRequestAction | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in DISPUTE_RESPOND_REQUEST_ACTION_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
