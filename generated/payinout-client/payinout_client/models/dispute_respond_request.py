from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.dispute_respond_request_action import DisputeRespondRequestAction, check_dispute_respond_request_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="DisputeRespondRequest")


@_attrs_define
class DisputeRespondRequest:
    """
    Attributes:
        id (str):
        action (DisputeRespondRequestAction):
        comment (str | Unset):
    """

    id: str
    action: DisputeRespondRequestAction | str
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        action: str = self.action

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "action": action,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "action"
            action = check_dispute_respond_request_action(d.pop("action"))

            _at = "comment"
            comment = d.pop("comment", UNSET)

            _at = ""
            dispute_respond_request = cls(
                id=id,
                action=action,
                comment=comment,
            )
        except BodyValidationError as exc:
            raise exc.within("DisputeRespondRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="DisputeRespondRequest", path=[_at] if _at else [], reason=reason) from exc

        dispute_respond_request.additional_properties = d
        return dispute_respond_request

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
