from typing import Literal

UpdateWalletBalanceRequestType = Literal["credit", "debit"]

UPDATE_WALLET_BALANCE_REQUEST_TYPE_VALUES: set[UpdateWalletBalanceRequestType] = {
    "credit",
    "debit",
}


def check_update_wallet_balance_request_type(value: str) -> UpdateWalletBalanceRequestType:
    if value in UPDATE_WALLET_BALANCE_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_WALLET_BALANCE_REQUEST_TYPE_VALUES!r}")
