from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.registration_otp_channel import RegistrationOtpChannel, check_registration_otp_channel

T = TypeVar("T", bound="RegistrationOtp")


@_attrs_define
class RegistrationOtp:
    """
    Attributes:
        otp_request_id (str):
        channel (RegistrationOtpChannel):
        expires_at (datetime.datetime):
    """

    otp_request_id: str
    channel: RegistrationOtpChannel | str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        otp_request_id = self.otp_request_id

        channel: str = self.channel

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "otp_request_id": otp_request_id,
                "channel": channel,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "otp_request_id"
            otp_request_id = d.pop("otp_request_id")

            _at = "channel"
            channel = check_registration_otp_channel(d.pop("channel"))

            _at = "expires_at"
            expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

            _at = ""
            registration_otp = cls(
                otp_request_id=otp_request_id,
                channel=channel,
                expires_at=expires_at,
            )
        except BodyValidationError as exc:
            raise exc.within("RegistrationOtp", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="RegistrationOtp", path=[_at] if _at else [], reason=reason) from exc

        registration_otp.additional_properties = d
        return registration_otp

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
