from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..errors import BodyValidationError

T = TypeVar("T", bound="ChangePasswordRequest")


@_attrs_define
class ChangePasswordRequest:
    """Change the signed-in user's password.

    Attributes:
        old_password (str):
        new_password (str):
    """

    old_password: str
    new_password: str

    def to_dict(self) -> dict[str, Any]:
        old_password = self.old_password

        new_password = self.new_password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "old_password": old_password,
                "new_password": new_password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "old_password"
            old_password = d.pop("old_password")

            _at = "new_password"
            new_password = d.pop("new_password")

            _at = ""
            change_password_request = cls(
                old_password=old_password,
                new_password=new_password,
            )
        except BodyValidationError as exc:
            raise exc.within("ChangePasswordRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="ChangePasswordRequest", path=[_at] if _at else [], reason=reason) from exc

        return change_password_request
