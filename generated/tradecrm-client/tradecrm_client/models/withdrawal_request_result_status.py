from typing import Literal

WithdrawalRequestResultStatus = Literal["approved", "failed", "rejected"]

WITHDRAWAL_REQUEST_RESULT_STATUS_VALUES: set[WithdrawalRequestResultStatus] = {
    "approved",
    "failed",
    "rejected",
}


def check_withdrawal_request_result_status(value: str) -> WithdrawalRequestResultStatus:
    if value in WITHDRAWAL_REQUEST_RESULT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WITHDRAWAL_REQUEST_RESULT_STATUS_VALUES!r}")
