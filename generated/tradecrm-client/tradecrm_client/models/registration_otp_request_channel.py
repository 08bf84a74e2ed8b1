from typing import Literal

RegistrationOtpRequestChannel = Literal["email", "sms"]

REGISTRATION_OTP_REQUEST_CHANNEL_VALUES: set[RegistrationOtpRequestChannel] = {
    "email",
    "sms",
}


def check_registration_otp_request_channel(value: str) -> RegistrationOtpRequestChannel:
    if value in REGISTRATION_OTP_REQUEST_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGISTRATION_OTP_REQUEST_CHANNEL_VALUES!r}")
