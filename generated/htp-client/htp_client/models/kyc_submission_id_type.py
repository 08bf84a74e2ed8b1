from typing import Literal

KycSubmissionIdType = Literal["driving_license", "national_id", "passport"]

KYC_SUBMISSION_ID_TYPE_VALUES: set[KycSubmissionIdType] = {
    "driving_license",
    "national_id",
    "passport",
}


def check_kyc_submission_id_type(value: str) -> KycSubmissionIdType:
    if value in KYC_SUBMISSION_ID_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KYC_SUBMISSION_ID_TYPE_VALUES!r}")
