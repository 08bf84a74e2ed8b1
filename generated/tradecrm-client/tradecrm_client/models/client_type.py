from typing import Literal

ClientType = Literal["ib", "trader"]

CLIENT_TYPE_VALUES: set[ClientType] = {
    "ib",
    "trader",
}


def check_client_type(value: str) -> ClientType:
    if value in CLIENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_TYPE_VALUES!r}")
