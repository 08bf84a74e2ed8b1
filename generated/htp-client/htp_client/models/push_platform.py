from typing import Literal

PushPlatform = Literal["android", "ios"]

PUSH_PLATFORM_VALUES: set[PushPlatform] = {
    "android",
    "ios",
}


def check_push_platform(value: str) -> PushPlatform:
    if value in PUSH_PLATFORM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PUSH_PLATFORM_VALUES!r}")
