from typing import Literal

CardholderStatus = Literal["active", "inactive"]

CARDHOLDER_STATUS_VALUES: set[CardholderStatus] = {
    "active",
    "inactive",
}


def check_cardholder_status(value: str) -> CardholderStatus:
    if value in CARDHOLDER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARDHOLDER_STATUS_VALUES!r}")
