from typing import Literal

KycStatus = Literal["approved", "not_submitted", "pending", "rejected"]

KYC_STATUS_VALUES: set[KycStatus] = {
    "approved",
    "not_submitted",
    "pending",
    "rejected",
}


def check_kyc_status(value: str) -> KycStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in KYC_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
