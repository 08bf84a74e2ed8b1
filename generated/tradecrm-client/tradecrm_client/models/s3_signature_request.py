from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="S3SignatureRequest")


@_attrs_define
class S3SignatureRequest:
    """
    Attributes:
        file_name (str):
        content_type (str): MIME type of the file.
        client_id (str | Unset):
        form_id (str | Unset):
        field_key (str | Unset):
    """

    file_name: str
    content_type: str
    client_id: str | Unset = UNSET
    form_id: str | Unset = UNSET
    field_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        content_type = self.content_type

        client_id = self.client_id

        form_id = self.form_id

        field_key = self.field_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_name": file_name,
                "content_type": content_type,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if form_id is not UNSET:
            field_dict["form_id"] = form_id
        if field_key is not UNSET:
            field_dict["field_key"] = field_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "file_name"
            file_name = d.pop("file_name")

            _at = "content_type"
            content_type = d.pop("content_type")

            _at = "client_id"
            client_id = d.pop("client_id", UNSET)

            _at = "form_id"
            form_id = d.pop("form_id", UNSET)

            _at = "field_key"
            field_key = d.pop("field_key", UNSET)

            _at = ""
            s3_signature_request = cls(
                file_name=file_name,
                content_type=content_type,
                client_id=client_id,
                form_id=form_id,
                field_key=field_key,
            )
        except BodyValidationError as exc:
            raise exc.within("S3SignatureRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="S3SignatureRequest", path=[_at] if _at else [], reason=reason) from exc

        s3_signature_request.additional_properties = d
        return s3_signature_request

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
