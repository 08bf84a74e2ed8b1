from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.kyc_document_type import KycDocumentType, check_kyc_document_type
from ..models.review_status import ReviewStatus, check_review_status

T = TypeVar("T", bound="KycDocument")


@_attrs_define
class KycDocument:
    """
    Attributes:
        id (str):
        type_ (KycDocumentType):
        status (ReviewStatus):
        file_url (str):
        uploaded_at (datetime.datetime):
    """

    id: str
    type_: KycDocumentType | str
    status: ReviewStatus | str
    file_url: str
    uploaded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        status: str = self.status

        file_url = self.file_url

        uploaded_at = self.uploaded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "file_url": file_url,
                "uploaded_at": uploaded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "type"
            type_ = check_kyc_document_type(d.pop("type"))

            _at = "status"
            status = check_review_status(d.pop("status"))

            _at = "file_url"
            file_url = d.pop("file_url")

            _at = "uploaded_at"
            uploaded_at = datetime.datetime.fromisoformat(d.pop("uploaded_at"))

            _at = ""
            kyc_document = cls(
                id=id,
                type_=type_,
                status=status,
                file_url=file_url,
                uploaded_at=uploaded_at,
            )
        except BodyValidationError as exc:
            raise exc.within("KycDocument", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="KycDocument", path=[_at] if _at else [], reason=reason) from exc

        kyc_document.additional_properties = d
        return kyc_document

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
