from typing import Literal

Language = Literal["en", "id"]

LANGUAGE_VALUES: set[Language] = {
    "en",
    "id",
}


def check_language(value: str) -> Language | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in LANGUAGE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
