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


def check_language_code(value: str) -> LanguageCode:
    if value in LANGUAGE_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LANGUAGE_CODE_VALUES!r}")
