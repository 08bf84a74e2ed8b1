from typing import Literal

CardholderStatus = Literal["active", "inactive"]

CARDHOLDER_STATUS_VALUES: set[CardholderStatus] = {
    "active",
    "inactive",
}


def check_cardholder_status(value: str) -> CardholderStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in CARDHOLDER_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(
        f"expected a <openapi_python_client.strings.PythonCode object at 0x7f3db897a110>, got {type(value).__name__}"
    )
