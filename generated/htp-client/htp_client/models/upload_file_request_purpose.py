from typing import Literal

UploadFileRequestPurpose = Literal["avatar", "kyc_document", "other", "selfie"]

UPLOAD_FILE_REQUEST_PURPOSE_VALUES: set[UploadFileRequestPurpose] = {
    "avatar",
    "kyc_document",
    "other",
    "selfie",
}


def check_upload_file_request_purpose(value: str) -> UploadFileRequestPurpose | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in UPLOAD_FILE_REQUEST_PURPOSE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
