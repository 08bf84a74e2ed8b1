from typing import Literal

CardType = Literal["physical", "virtual"]

CARD_TYPE_VALUES: set[CardType] = {
    "physical",
    "virtual",
}


def check_card_type(value: str) -> CardType | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in CARD_TYPE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
