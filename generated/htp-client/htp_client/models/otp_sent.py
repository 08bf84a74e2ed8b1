from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

T = TypeVar("T", bound="OtpSent")


@_attrs_define
class OtpSent:
    """A one-time code was sent.

    Attributes:
        expires_in (int): Seconds until the code expires.
        resend_after (int): Seconds before another code may be requested.
    """

    expires_in: int
    resend_after: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires_in = self.expires_in

        resend_after = self.resend_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expires_in": expires_in,
                "resend_after": resend_after,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "expires_in"
            expires_in = d.pop("expires_in")

            _at = "resend_after"
            resend_after = d.pop("resend_after")

            _at = ""
            otp_sent = cls(
                expires_in=expires_in,
                resend_after=resend_after,
            )
        except BodyValidationError as exc:
            raise exc.within("OtpSent", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="OtpSent", path=[_at] if _at else [], reason=reason) from exc

        otp_sent.additional_properties = d
        return otp_sent

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
