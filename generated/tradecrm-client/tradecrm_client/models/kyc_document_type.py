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


def check_kyc_document_type(value: str) -> KycDocumentType | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in KYC_DOCUMENT_TYPE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
