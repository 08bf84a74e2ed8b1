from typing import Literal

WalletBalanceOrderStatus = Literal["completed", "failed", "pending"]

WALLET_BALANCE_ORDER_STATUS_VALUES: set[WalletBalanceOrderStatus] = {
    "completed",
    "failed",
    "pending",
}


def check_wallet_balance_order_status(value: str) -> WalletBalanceOrderStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in WALLET_BALANCE_ORDER_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
