from typing import Literal

RegistrationOtpRequestChannel = Literal["email", "sms"]

REGISTRATION_OTP_REQUEST_CHANNEL_VALUES: set[RegistrationOtpRequestChannel] = {
    "email",
    "sms",
}


def check_registration_otp_request_channel(value: str) -> RegistrationOtpRequestChannel | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in REGISTRATION_OTP_REQUEST_CHANNEL_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
