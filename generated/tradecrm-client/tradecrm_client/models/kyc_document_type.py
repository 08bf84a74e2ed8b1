from typing import Literal

KycDocumentType = Literal["driving_license", "id_card", "other", "passport", "proof_of_address", "selfie"]

KYC_DOCUMENT_TYPE_VALUES: set[KycDocumentType] = {
    "driving_license",
    "id_card",
    "other",
    "passport",
    "proof_of_address",
    "selfie",
}


def check_kyc_document_type(value: str) -> KycDocumentType:
    if value in KYC_DOCUMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KYC_DOCUMENT_TYPE_VALUES!r}")
