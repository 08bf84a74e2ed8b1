from typing import Literal

CardStatus = Literal["active", "closed", "frozen", "inactive", "lost"]

CARD_STATUS_VALUES: set[CardStatus] = {
    "active",
    "closed",
    "frozen",
    "inactive",
    "lost",
}


def check_card_status(value: str) -> CardStatus:
    if value in CARD_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARD_STATUS_VALUES!r}")
