from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

T = TypeVar("T", bound="ActivateCardRequest")


@_attrs_define
class ActivateCardRequest:
    """Activate a received physical card.

    Attributes:
        activation_code (str): The code printed on the card carrier or sent by SMS.
        last4 (str):
    """

    activation_code: str
    last4: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activation_code = self.activation_code

        last4 = self.last4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activation_code": activation_code,
                "last4": last4,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "activation_code"
            activation_code = d.pop("activation_code")

            _at = "last4"
            last4 = d.pop("last4")

            _at = ""
            activate_card_request = cls(
                activation_code=activation_code,
                last4=last4,
            )
        except BodyValidationError as exc:
            raise exc.within("ActivateCardRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="ActivateCardRequest", path=[_at] if _at else [], reason=reason) from exc

        activate_card_request.additional_properties = d
        return activate_card_request

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
