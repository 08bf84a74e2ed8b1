from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.review_status import ReviewStatus, check_review_status

T = TypeVar("T", bound="Bankcard")


@_attrs_define
class Bankcard:
    """
    Attributes:
        id (str):
        client_id (str):
        bank_name (str):
        account_holder (str):
        card_number (str): Masked card or account number.
        bank_country (None | str):
        currency (None | str):
        status (ReviewStatus):
        created_at (datetime.datetime):
    """

    id: str
    client_id: str
    bank_name: str
    account_holder: str
    card_number: str
    bank_country: None | str
    currency: None | str
    status: ReviewStatus | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        bank_name = self.bank_name

        account_holder = self.account_holder

        card_number = self.card_number

        bank_country: None | str
        bank_country = self.bank_country

        currency: None | str
        currency = self.currency

        status: str = self.status

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "client_id": client_id,
                "bank_name": bank_name,
                "account_holder": account_holder,
                "card_number": card_number,
                "bank_country": bank_country,
                "currency": currency,
                "status": status,
                "created_at": created_at,
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

            _at = "client_id"
            client_id = d.pop("client_id")

            _at = "bank_name"
            bank_name = d.pop("bank_name")

            _at = "account_holder"
            account_holder = d.pop("account_holder")

            _at = "card_number"
            card_number = d.pop("card_number")

            _at = "bank_country"

            def _parse_bank_country(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            bank_country = _parse_bank_country(d.pop("bank_country"))

            _at = "currency"

            def _parse_currency(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            currency = _parse_currency(d.pop("currency"))

            _at = "status"
            status = check_review_status(d.pop("status"))

            _at = "created_at"
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            _at = ""
            bankcard = cls(
                id=id,
                client_id=client_id,
                bank_name=bank_name,
                account_holder=account_holder,
                card_number=card_number,
                bank_country=bank_country,
                currency=currency,
                status=status,
                created_at=created_at,
            )
        except BodyValidationError as exc:
            raise exc.within("Bankcard", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Bankcard", path=[_at] if _at else [], reason=reason) from exc

        bankcard.additional_properties = d
        return bankcard

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
