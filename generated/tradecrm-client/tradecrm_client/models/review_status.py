from typing import Literal

ReviewStatus = Literal["approved", "pending", "rejected"]

REVIEW_STATUS_VALUES: set[ReviewStatus] = {
    "approved",
    "pending",
    "rejected",
}


def check_review_status(value: str) -> ReviewStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in REVIEW_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
