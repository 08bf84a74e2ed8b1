from typing import Literal

ServerType = Literal["demo", "live"]

SERVER_TYPE_VALUES: set[ServerType] = {
    "demo",
    "live",
}


def check_server_type(value: str) -> ServerType:
    if value in SERVER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SERVER_TYPE_VALUES!r}")
