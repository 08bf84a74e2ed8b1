from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.cardholder_status import CardholderStatus, check_cardholder_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="Cardholder")


@_attrs_define
class Cardholder:
    """The person named on a card.

    Attributes:
        id (str):
        first_name (str):
        last_name (str):
        status (CardholderStatus):
        email (str | Unset):
        dial_code (str | Unset):
        phone (str | Unset):
        date_of_birth (datetime.date | Unset):
        address (Address | Unset): A postal address.
        created_at (datetime.datetime | Unset):
    """

    id: str
    first_name: str
    last_name: str
    status: CardholderStatus | str
    email: str | Unset = UNSET
    dial_code: str | Unset = UNSET
    phone: str | Unset = UNSET
    date_of_birth: datetime.date | Unset = UNSET
    address: Address | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        status: str = self.status

        email = self.email

        dial_code = self.dial_code

        phone = self.phone

        date_of_birth: str | Unset = UNSET
        if not isinstance(self.date_of_birth, Unset):
            date_of_birth = self.date_of_birth.isoformat()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "first_name": first_name,
                "last_name": last_name,
                "status": status,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if dial_code is not UNSET:
            field_dict["dial_code"] = dial_code
        if phone is not UNSET:
            field_dict["phone"] = phone
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if address is not UNSET:
            field_dict["address"] = address
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "first_name"
            first_name = d.pop("first_name")

            _at = "last_name"
            last_name = d.pop("last_name")

            _at = "status"
            status = check_cardholder_status(d.pop("status"))

            _at = "email"
            email = d.pop("email", UNSET)

            _at = "dial_code"
            dial_code = d.pop("dial_code", UNSET)

            _at = "phone"
            phone = d.pop("phone", UNSET)

            _at = "date_of_birth"
            _date_of_birth = d.pop("date_of_birth", UNSET)
            date_of_birth: datetime.date | Unset
            if isinstance(_date_of_birth, Unset):
                date_of_birth = UNSET
            else:
                date_of_birth = datetime.date.fromisoformat(_date_of_birth)

            _at = "address"
            _address = d.pop("address", UNSET)
            address: Address | Unset
            if isinstance(_address, Unset):
                address = UNSET
            else:
                address = Address.from_dict(_address)

            _at = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

            _at = ""
            cardholder = cls(
                id=id,
                first_name=first_name,
                last_name=last_name,
                status=status,
                email=email,
                dial_code=dial_code,
                phone=phone,
                date_of_birth=date_of_birth,
                address=address,
                created_at=created_at,
            )
        except BodyValidationError as exc:
            raise exc.within("Cardholder", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Cardholder", path=[_at] if _at else [], reason=reason) from exc

        cardholder.additional_properties = d
        return cardholder

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
