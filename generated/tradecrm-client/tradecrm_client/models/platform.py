from typing import Literal

Platform = Literal["ctrader", "mt4", "mt5"]

PLATFORM_VALUES: set[Platform] = {
    "ctrader",
    "mt4",
    "mt5",
}


def check_platform(value: str) -> Platform:
    if value in PLATFORM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLATFORM_VALUES!r}")
