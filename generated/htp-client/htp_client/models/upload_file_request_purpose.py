from typing import Literal

UploadFileRequestPurpose = Literal["avatar", "kyc_document", "other", "selfie"]

UPLOAD_FILE_REQUEST_PURPOSE_VALUES: set[UploadFileRequestPurpose] = {
    "avatar",
    "kyc_document",
    "other",
    "selfie",
}


def check_upload_file_request_purpose(value: str) -> UploadFileRequestPurpose:
    if value in UPLOAD_FILE_REQUEST_PURPOSE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPLOAD_FILE_REQUEST_PURPOSE_VALUES!r}")
