from typing import Literal

WalletBalanceOrderType = Literal["credit", "debit"]

WALLET_BALANCE_ORDER_TYPE_VALUES: set[WalletBalanceOrderType] = {
    "credit",
    "debit",
}


def check_wallet_balance_order_type(value: str) -> WalletBalanceOrderType:
    if value in WALLET_BALANCE_ORDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WALLET_BALANCE_ORDER_TYPE_VALUES!r}")
