from typing import Literal

CardStatus = Literal["active", "closed", "frozen", "inactive", "lost"]

CARD_STATUS_VALUES: set[CardStatus] = {
    "active",
    "closed",
    "frozen",
    "inactive",
    "lost",
}


def check_card_status(value: str) -> CardStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in CARD_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
