from typing import Literal

WalletBalanceOrderStatus = Literal["completed", "failed", "pending"]

WALLET_BALANCE_ORDER_STATUS_VALUES: set[WalletBalanceOrderStatus] = {
    "completed",
    "failed",
    "pending",
}


def check_wallet_balance_order_status(value: str) -> WalletBalanceOrderStatus:
    if value in WALLET_BALANCE_ORDER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WALLET_BALANCE_ORDER_STATUS_VALUES!r}")
