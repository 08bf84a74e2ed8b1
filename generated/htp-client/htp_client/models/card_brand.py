from typing import Literal

CardBrand = Literal["mastercard", "visa"]

CARD_BRAND_VALUES: set[CardBrand] = {
    "mastercard",
    "visa",
}


def check_card_brand(value: str) -> CardBrand:
    if value in CARD_BRAND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARD_BRAND_VALUES!r}")
