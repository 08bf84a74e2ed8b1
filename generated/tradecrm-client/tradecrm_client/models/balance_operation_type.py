from typing import Literal

BalanceOperationType = Literal["deposit", "withdrawal"]

BALANCE_OPERATION_TYPE_VALUES: set[BalanceOperationType] = {
    "deposit",
    "withdrawal",
}


def check_balance_operation_type(value: str) -> BalanceOperationType:
    if value in BALANCE_OPERATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BALANCE_OPERATION_TYPE_VALUES!r}")
