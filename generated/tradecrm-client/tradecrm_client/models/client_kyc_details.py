from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.kyc_status import KycStatus, check_kyc_status

if TYPE_CHECKING:
    from ..models.form_answer import FormAnswer
    from ..models.kyc_document import KycDocument


T = TypeVar("T", bound="ClientKycDetails")


@_attrs_define
class ClientKycDetails:
    """
    Attributes:
        client_id (str):
        status (KycStatus):
        submitted_at (datetime.datetime | None):
        reviewed_at (datetime.datetime | None):
        reject_reason (None | str):
        documents (list[KycDocument]):
        answers (list[FormAnswer]):
    """

    client_id: str
    status: KycStatus | str
    submitted_at: datetime.datetime | None
    reviewed_at: datetime.datetime | None
    reject_reason: None | str
    documents: list[KycDocument]
    answers: list[FormAnswer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        status: str = self.status

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        reviewed_at: None | str
        if isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

        reject_reason: None | str
        reject_reason = self.reject_reason

        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)

        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "status": status,
                "submitted_at": submitted_at,
                "reviewed_at": reviewed_at,
                "reject_reason": reject_reason,
                "documents": documents,
                "answers": answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.form_answer import FormAnswer  # noqa: PLC0415
        from ..models.kyc_document import KycDocument  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "client_id"
            client_id = d.pop("client_id")

            _at = "status"
            status = check_kyc_status(d.pop("status"))

            _at = "submitted_at"

            def _parse_submitted_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                    return submitted_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            submitted_at = _parse_submitted_at(d.pop("submitted_at"))

            _at = "reviewed_at"

            def _parse_reviewed_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    reviewed_at_type_0 = datetime.datetime.fromisoformat(data)

                    return reviewed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            reviewed_at = _parse_reviewed_at(d.pop("reviewed_at"))

            _at = "reject_reason"

            def _parse_reject_reason(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            reject_reason = _parse_reject_reason(d.pop("reject_reason"))

            _at = "documents[*]"
            documents = []
            _documents = d.pop("documents")
            for documents_item_data in _documents:
                documents_item = KycDocument.from_dict(documents_item_data)

                documents.append(documents_item)

            _at = "answers[*]"
            answers = []
            _answers = d.pop("answers")
            for answers_item_data in _answers:
                answers_item = FormAnswer.from_dict(answers_item_data)

                answers.append(answers_item)

            _at = ""
            client_kyc_details = cls(
                client_id=client_id,
                status=status,
                submitted_at=submitted_at,
                reviewed_at=reviewed_at,
                reject_reason=reject_reason,
                documents=documents,
                answers=answers,
            )
        except BodyValidationError as exc:
            raise exc.within("ClientKycDetails", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="ClientKycDetails", path=[_at] if _at else [], reason=reason) from exc

        client_kyc_details.additional_properties = d
        return client_kyc_details

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
