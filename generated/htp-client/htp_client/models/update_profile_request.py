from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..errors import BodyValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateProfileRequest")


@_attrs_define
class UpdateProfileRequest:
    """Fields to change; omitted fields stay as they are.

    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        avatar_file_id (None | str | Unset): A `file_id` from File Upload, or null to remove the avatar.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    avatar_file_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        avatar_file_id: None | str | Unset
        if isinstance(self.avatar_file_id, Unset):
            avatar_file_id = UNSET
        else:
            avatar_file_id = self.avatar_file_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if avatar_file_id is not UNSET:
            field_dict["avatar_file_id"] = avatar_file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "first_name"
            first_name = d.pop("first_name", UNSET)

            _at = "last_name"
            last_name = d.pop("last_name", UNSET)

            _at = "avatar_file_id"

            def _parse_avatar_file_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            avatar_file_id = _parse_avatar_file_id(d.pop("avatar_file_id", UNSET))

            _at = ""
            update_profile_request = cls(
                first_name=first_name,
                last_name=last_name,
                avatar_file_id=avatar_file_id,
            )
        except BodyValidationError as exc:
            raise exc.within("UpdateProfileRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="UpdateProfileRequest", path=[_at] if _at else [], reason=reason) from exc

        return update_profile_request
