from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.kyc_submission_id_type import KycSubmissionIdType, check_kyc_submission_id_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="KycSubmission")


@_attrs_define
class KycSubmission:
    """Identity documents and personal data for review. Files are uploaded first through File Upload.

    Attributes:
        first_name (str):
        last_name (str):
        date_of_birth (datetime.date):
        nationality (str):
        id_type (KycSubmissionIdType):
        id_number (str):
        id_front_file_id (str): A `file_id` from File Upload.
        selfie_file_id (str): A `file_id` from File Upload.
        address (Address): A postal address.
        id_back_file_id (None | str | Unset): A `file_id` from File Upload; null for passports.
    """

    first_name: str
    last_name: str
    date_of_birth: datetime.date
    nationality: str
    id_type: KycSubmissionIdType | str
    id_number: str
    id_front_file_id: str
    selfie_file_id: str
    address: Address
    id_back_file_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        date_of_birth = self.date_of_birth.isoformat()

        nationality = self.nationality

        id_type: str = self.id_type

        id_number = self.id_number

        id_front_file_id = self.id_front_file_id

        selfie_file_id = self.selfie_file_id

        address = self.address.to_dict()

        id_back_file_id: None | str | Unset
        if isinstance(self.id_back_file_id, Unset):
            id_back_file_id = UNSET
        else:
            id_back_file_id = self.id_back_file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
                "date_of_birth": date_of_birth,
                "nationality": nationality,
                "id_type": id_type,
                "id_number": id_number,
                "id_front_file_id": id_front_file_id,
                "selfie_file_id": selfie_file_id,
                "address": address,
            }
        )
        if id_back_file_id is not UNSET:
            field_dict["id_back_file_id"] = id_back_file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "first_name"
            first_name = d.pop("first_name")

            _at = "last_name"
            last_name = d.pop("last_name")

            _at = "date_of_birth"
            date_of_birth = datetime.date.fromisoformat(d.pop("date_of_birth"))

            _at = "nationality"
            nationality = d.pop("nationality")

            _at = "id_type"
            id_type = check_kyc_submission_id_type(d.pop("id_type"))

            _at = "id_number"
            id_number = d.pop("id_number")

            _at = "id_front_file_id"
            id_front_file_id = d.pop("id_front_file_id")

            _at = "selfie_file_id"
            selfie_file_id = d.pop("selfie_file_id")

            _at = "address"
            address = Address.from_dict(d.pop("address"))

            _at = "id_back_file_id"

            def _parse_id_back_file_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            id_back_file_id = _parse_id_back_file_id(d.pop("id_back_file_id", UNSET))

            _at = ""
            kyc_submission = cls(
                first_name=first_name,
                last_name=last_name,
                date_of_birth=date_of_birth,
                nationality=nationality,
                id_type=id_type,
                id_number=id_number,
                id_front_file_id=id_front_file_id,
                selfie_file_id=selfie_file_id,
                address=address,
                id_back_file_id=id_back_file_id,
            )
        except BodyValidationError as exc:
            raise exc.within("KycSubmission", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="KycSubmission", path=[_at] if _at else [], reason=reason) from exc

        kyc_submission.additional_properties = d
        return kyc_submission

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
