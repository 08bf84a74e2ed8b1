from typing import Literal

KycStatus = Literal["approved", "not_started", "pending", "rejected"]

KYC_STATUS_VALUES: set[KycStatus] = {
    "approved",
    "not_started",
    "pending",
    "rejected",
}


def check_kyc_status(value: str) -> KycStatus:
    if value in KYC_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KYC_STATUS_VALUES!r}")
