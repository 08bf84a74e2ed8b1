from typing import Literal

ClientStatus = Literal["active", "disabled", "pending"]

CLIENT_STATUS_VALUES: set[ClientStatus] = {
    "active",
    "disabled",
    "pending",
}


def check_client_status(value: str) -> ClientStatus:
    if value in CLIENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_STATUS_VALUES!r}")
