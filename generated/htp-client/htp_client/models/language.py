from typing import Literal

Language = Literal["en", "zh"]

LANGUAGE_VALUES: set[Language] = {
    "en",
    "zh",
}


def check_language(value: str) -> Language:
    if value in LANGUAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LANGUAGE_VALUES!r}")
