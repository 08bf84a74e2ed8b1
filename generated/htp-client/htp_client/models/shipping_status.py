from typing import Literal

ShippingStatus = Literal["delivered", "pending", "returned", "shipped"]

SHIPPING_STATUS_VALUES: set[ShippingStatus] = {
    "delivered",
    "pending",
    "returned",
    "shipped",
}


def check_shipping_status(value: str) -> ShippingStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in SHIPPING_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
