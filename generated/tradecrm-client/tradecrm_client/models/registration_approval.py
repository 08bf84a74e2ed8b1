from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.registration_approval_status import RegistrationApprovalStatus, check_registration_approval_status

T = TypeVar("T", bound="RegistrationApproval")


@_attrs_define
class RegistrationApproval:
    """
    Attributes:
        registration_id (str):
        email (str):
        status (RegistrationApprovalStatus):
        submitted_at (datetime.datetime):
    """

    registration_id: str
    email: str
    status: RegistrationApprovalStatus | str
    submitted_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registration_id = self.registration_id

        email = self.email

        status: str = self.status

        submitted_at = self.submitted_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "registration_id": registration_id,
                "email": email,
                "status": status,
                "submitted_at": submitted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "registration_id"
            registration_id = d.pop("registration_id")

            _at = "email"
            email = d.pop("email")

            _at = "status"
            status = check_registration_approval_status(d.pop("status"))

            _at = "submitted_at"
            submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

            _at = ""
            registration_approval = cls(
                registration_id=registration_id,
                email=email,
                status=status,
                submitted_at=submitted_at,
            )
        except BodyValidationError as exc:
            raise exc.within("RegistrationApproval", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="RegistrationApproval", path=[_at] if _at else [], reason=reason) from exc

        registration_approval.additional_properties = d
        return registration_approval

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
