from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="UpdateCardholderRequest")


@_attrs_define
class UpdateCardholderRequest:
    """Fields to change; omitted fields stay as they are.

    Attributes:
        email (str | Unset):
        dial_code (str | Unset):
        phone (str | Unset):
        address (Address | Unset): A postal address.
    """

    email: str | Unset = UNSET
    dial_code: str | Unset = UNSET
    phone: str | Unset = UNSET
    address: Address | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        dial_code = self.dial_code

        phone = self.phone

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if dial_code is not UNSET:
            field_dict["dial_code"] = dial_code
        if phone is not UNSET:
            field_dict["phone"] = phone
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "email"
            email = d.pop("email", UNSET)

            _at = "dial_code"
            dial_code = d.pop("dial_code", UNSET)

            _at = "phone"
            phone = d.pop("phone", UNSET)

            _at = "address"
            _address = d.pop("address", UNSET)
            address: Address | Unset
            if isinstance(_address, Unset):
                address = UNSET
            else:
                address = Address.from_dict(_address)

            _at = ""
            update_cardholder_request = cls(
                email=email,
                dial_code=dial_code,
                phone=phone,
                address=address,
            )
        except BodyValidationError as exc:
            raise exc.within("UpdateCardholderRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="UpdateCardholderRequest", path=[_at] if _at else [], reason=reason
            ) from exc

        update_cardholder_request.additional_properties = d
        return update_cardholder_request

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
