from typing import Literal

ServerType = Literal["demo", "live"]

SERVER_TYPE_VALUES: set[ServerType] = {
    "demo",
    "live",
}


def check_server_type(value: str) -> ServerType | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in SERVER_TYPE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
