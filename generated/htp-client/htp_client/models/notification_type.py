from typing import Literal

NotificationType = Literal["card", "kyc", "payment", "promotion", "security", "system", "transaction"]

NOTIFICATION_TYPE_VALUES: set[NotificationType] = {
    "card",
    "kyc",
    "payment",
    "promotion",
    "security",
    "system",
    "transaction",
}


def check_notification_type(value: str) -> NotificationType | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in NOTIFICATION_TYPE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
