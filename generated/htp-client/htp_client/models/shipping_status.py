from typing import Literal

ShippingStatus = Literal["delivered", "pending", "returned", "shipped"]

SHIPPING_STATUS_VALUES: set[ShippingStatus] = {
    "delivered",
    "pending",
    "returned",
    "shipped",
}


def check_shipping_status(value: str) -> ShippingStatus:
    if value in SHIPPING_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SHIPPING_STATUS_VALUES!r}")
