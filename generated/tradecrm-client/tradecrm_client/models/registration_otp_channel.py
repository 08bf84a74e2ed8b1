from typing import Literal

RegistrationOtpChannel = Literal["email", "sms"]

REGISTRATION_OTP_CHANNEL_VALUES: set[RegistrationOtpChannel] = {
    "email",
    "sms",
}


def check_registration_otp_channel(value: str) -> RegistrationOtpChannel:
    if value in REGISTRATION_OTP_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGISTRATION_OTP_CHANNEL_VALUES!r}")
