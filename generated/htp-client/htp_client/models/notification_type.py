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


def check_notification_type(value: str) -> NotificationType:
    if value in NOTIFICATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NOTIFICATION_TYPE_VALUES!r}")
