from typing import Literal

PushPlatform = Literal["android", "ios"]

PUSH_PLATFORM_VALUES: set[PushPlatform] = {
    "android",
    "ios",
}


def check_push_platform(value: str) -> PushPlatform | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in PUSH_PLATFORM_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
