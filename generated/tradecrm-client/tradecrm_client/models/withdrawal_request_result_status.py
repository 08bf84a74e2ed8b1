from typing import Literal

WithdrawalRequestResultStatus = Literal["approved", "failed", "rejected"]

WITHDRAWAL_REQUEST_RESULT_STATUS_VALUES: set[WithdrawalRequestResultStatus] = {
    "approved",
    "failed",
    "rejected",
}


def check_withdrawal_request_result_status(value: str) -> WithdrawalRequestResultStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in WITHDRAWAL_REQUEST_RESULT_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
