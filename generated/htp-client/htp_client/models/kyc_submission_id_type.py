from typing import Literal

KycSubmissionIdType = Literal["driving_license", "national_id", "passport"]

KYC_SUBMISSION_ID_TYPE_VALUES: set[KycSubmissionIdType] = {
    "driving_license",
    "national_id",
    "passport",
}


def check_kyc_submission_id_type(value: str) -> KycSubmissionIdType | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in KYC_SUBMISSION_ID_TYPE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
