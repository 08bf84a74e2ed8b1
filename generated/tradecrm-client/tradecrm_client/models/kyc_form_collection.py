from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.kyc_status import KycStatus, check_kyc_status

T = TypeVar("T", bound="KycFormCollection")


@_attrs_define
class KycFormCollection:
    """
    Attributes:
        id (str):
        name (str):
        description (None | str):
        status (KycStatus):
        required (bool):
        form_ids (list[str]):
    """

    id: str
    name: str
    description: None | str
    status: KycStatus | str
    required: bool
    form_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        status: str = self.status

        required = self.required

        form_ids = self.form_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "status": status,
                "required": required,
                "form_ids": form_ids,
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

            _at = "name"
            name = d.pop("name")

            _at = "description"

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            description = _parse_description(d.pop("description"))

            _at = "status"
            status = check_kyc_status(d.pop("status"))

            _at = "required"
            required = d.pop("required")

            _at = "form_ids[*]"
            form_ids = cast(list[str], d.pop("form_ids"))

            _at = ""
            kyc_form_collection = cls(
                id=id,
                name=name,
                description=description,
                status=status,
                required=required,
                form_ids=form_ids,
            )
        except BodyValidationError as exc:
            raise exc.within("KycFormCollection", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="KycFormCollection", path=[_at] if _at else [], reason=reason) from exc

        kyc_form_collection.additional_properties = d
        return kyc_form_collection

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
