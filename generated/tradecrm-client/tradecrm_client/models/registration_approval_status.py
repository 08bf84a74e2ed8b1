from typing import Literal

RegistrationApprovalStatus = Literal["approved", "pending_approval", "rejected"]

REGISTRATION_APPROVAL_STATUS_VALUES: set[RegistrationApprovalStatus] = {
    "approved",
    "pending_approval",
    "rejected",
}


def check_registration_approval_status(value: str) -> RegistrationApprovalStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in REGISTRATION_APPROVAL_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
