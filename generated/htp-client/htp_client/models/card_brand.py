from typing import Literal

CardBrand = Literal["mastercard", "visa"]

CARD_BRAND_VALUES: set[CardBrand] = {
    "mastercard",
    "visa",
}


def check_card_brand(value: str) -> CardBrand | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in CARD_BRAND_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
