from typing import Literal

ClientType = Literal["ib", "trader"]

CLIENT_TYPE_VALUES: set[ClientType] = {
    "ib",
    "trader",
}


def check_client_type(value: str) -> ClientType | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in CLIENT_TYPE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
