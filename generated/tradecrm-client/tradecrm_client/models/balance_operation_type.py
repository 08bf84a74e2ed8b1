from typing import Literal

BalanceOperationType = Literal["deposit", "withdrawal"]

BALANCE_OPERATION_TYPE_VALUES: set[BalanceOperationType] = {
    "deposit",
    "withdrawal",
}


def check_balance_operation_type(value: str) -> BalanceOperationType | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in BALANCE_OPERATION_TYPE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
