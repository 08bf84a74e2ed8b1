from typing import Literal

Platform = Literal["ctrader", "mt4", "mt5"]

PLATFORM_VALUES: set[Platform] = {
    "ctrader",
    "mt4",
    "mt5",
}


def check_platform(value: str) -> Platform | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in PLATFORM_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
