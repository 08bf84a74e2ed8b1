from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    status: RegistrationApprovalStatus
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
        d = dict(src_dict)
        registration_id = d.pop("registration_id")

        email = d.pop("email")

        status = check_registration_approval_status(d.pop("status"))

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        registration_approval = cls(
            registration_id=registration_id,
            email=email,
            status=status,
            submitted_at=submitted_at,
        )

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
