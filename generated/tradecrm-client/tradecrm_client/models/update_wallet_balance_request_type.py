from typing import Literal

UpdateWalletBalanceRequestType = Literal["credit", "debit"]

UPDATE_WALLET_BALANCE_REQUEST_TYPE_VALUES: set[UpdateWalletBalanceRequestType] = {
    "credit",
    "debit",
}


def check_update_wallet_balance_request_type(value: str) -> UpdateWalletBalanceRequestType | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in UPDATE_WALLET_BALANCE_REQUEST_TYPE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
