from typing import Literal

LanguageCode = Literal[
    "ar", "de", "en", "es", "fr", "id", "it", "ja", "ko", "ms", "pt", "ru", "th", "tr", "vi", "zh-CN", "zh-TW"
]

LANGUAGE_CODE_VALUES: set[LanguageCode] = {
    "ar",
    "de",
    "en",
    "es",
    "fr",
    "id",
    "it",
    "ja",
    "ko",
    "ms",
    "pt",
    "ru",
    "th",
    "tr",
    "vi",
    "zh-CN",
    "zh-TW",
}


def check_language_code(value: str) -> LanguageCode | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in LANGUAGE_CODE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
