from typing import Literal

RegistrationApprovalStatus = Literal["approved", "pending_approval", "rejected"]

REGISTRATION_APPROVAL_STATUS_VALUES: set[RegistrationApprovalStatus] = {
    "approved",
    "pending_approval",
    "rejected",
}


def check_registration_approval_status(value: str) -> RegistrationApprovalStatus:
    if value in REGISTRATION_APPROVAL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGISTRATION_APPROVAL_STATUS_VALUES!r}")
