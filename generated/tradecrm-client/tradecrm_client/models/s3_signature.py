from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

if TYPE_CHECKING:
    from ..models.s3_signature_fields import S3SignatureFields


T = TypeVar("T", bound="S3Signature")


@_attrs_define
class S3Signature:
    """
    Attributes:
        url (str): Where to POST the multipart upload.
        fields (S3SignatureFields): Form fields to send with the file (key, policy, x-amz-*).
        file_url (str): The file's URL after upload.
        expires_at (datetime.datetime):
    """

    url: str
    fields: S3SignatureFields
    file_url: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        fields = self.fields.to_dict()

        file_url = self.file_url

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "fields": fields,
                "file_url": file_url,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.s3_signature_fields import S3SignatureFields  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "url"
            url = d.pop("url")

            _at = "fields"
            fields = S3SignatureFields.from_dict(d.pop("fields"))

            _at = "file_url"
            file_url = d.pop("file_url")

            _at = "expires_at"
            expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

            _at = ""
            s3_signature = cls(
                url=url,
                fields=fields,
                file_url=file_url,
                expires_at=expires_at,
            )
        except BodyValidationError as exc:
            raise exc.within("S3Signature", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="S3Signature", path=[_at] if _at else [], reason=reason) from exc

        s3_signature.additional_properties = d
        return s3_signature

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
