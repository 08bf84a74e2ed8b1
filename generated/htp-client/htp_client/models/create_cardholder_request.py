from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="CreateCardholderRequest")


@_attrs_define
class CreateCardholderRequest:
    """A new cardholder.

    Attributes:
        first_name (str):
        last_name (str):
        email (str):
        dial_code (str):
        phone (str):
        date_of_birth (datetime.date):
        address (Address): A postal address.
    """

    first_name: str
    last_name: str
    email: str
    dial_code: str
    phone: str
    date_of_birth: datetime.date
    address: Address
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        dial_code = self.dial_code

        phone = self.phone

        date_of_birth = self.date_of_birth.isoformat()

        address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "dial_code": dial_code,
                "phone": phone,
                "date_of_birth": date_of_birth,
                "address": address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "first_name"
            first_name = d.pop("first_name")

            _at = "last_name"
            last_name = d.pop("last_name")

            _at = "email"
            email = d.pop("email")

            _at = "dial_code"
            dial_code = d.pop("dial_code")

            _at = "phone"
            phone = d.pop("phone")

            _at = "date_of_birth"
            date_of_birth = datetime.date.fromisoformat(d.pop("date_of_birth"))

            _at = "address"
            address = Address.from_dict(d.pop("address"))

            _at = ""
            create_cardholder_request = cls(
                first_name=first_name,
                last_name=last_name,
                email=email,
                dial_code=dial_code,
                phone=phone,
                date_of_birth=date_of_birth,
                address=address,
            )
        except BodyValidationError as exc:
            raise exc.within("CreateCardholderRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="CreateCardholderRequest", path=[_at] if _at else [], reason=reason
            ) from exc

        create_cardholder_request.additional_properties = d
        return create_cardholder_request

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
