from typing import Literal

RegistrationOtpChannel = Literal["email", "sms"]

REGISTRATION_OTP_CHANNEL_VALUES: set[RegistrationOtpChannel] = {
    "email",
    "sms",
}


def check_registration_otp_channel(value: str) -> RegistrationOtpChannel | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in REGISTRATION_OTP_CHANNEL_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
