from typing import Literal

WalletBalanceOrderType = Literal["credit", "debit"]

WALLET_BALANCE_ORDER_TYPE_VALUES: set[WalletBalanceOrderType] = {
    "credit",
    "debit",
}


def check_wallet_balance_order_type(value: str) -> WalletBalanceOrderType | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in WALLET_BALANCE_ORDER_TYPE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
