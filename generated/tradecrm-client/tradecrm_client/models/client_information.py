from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.client_status import ClientStatus, check_client_status
from ..models.client_type import ClientType, check_client_type
from ..models.kyc_status import KycStatus, check_kyc_status
from ..models.language_code import LanguageCode, check_language_code

T = TypeVar("T", bound="ClientInformation")


@_attrs_define
class ClientInformation:
    """A CRM client (named ClientInformation so the generated model does not shadow the generated HTTP `Client`).

    Attributes:
        id (str): CRM client id.
        email (str):
        first_name (str):
        last_name (str):
        phone (None | str): E.164 phone number.
        country (str): ISO 3166-1 alpha-2 country code.
        language (LanguageCode): Annex "Language Codes".
        client_type (ClientType): A trader, or an introducing broker (IB) who has downlines.
        status (ClientStatus):
        kyc_status (KycStatus):
        wallet_id (None | str): The client's wallet (see Wallets API).
        upline_id (None | str): The client's direct upline (IB), if any.
        created_at (datetime.datetime):
    """

    id: str
    email: str
    first_name: str
    last_name: str
    phone: None | str
    country: str
    language: LanguageCode | str
    client_type: ClientType | str
    status: ClientStatus | str
    kyc_status: KycStatus | str
    wallet_id: None | str
    upline_id: None | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        phone: None | str
        phone = self.phone

        country = self.country

        language: str = self.language

        client_type: str = self.client_type

        status: str = self.status

        kyc_status: str = self.kyc_status

        wallet_id: None | str
        wallet_id = self.wallet_id

        upline_id: None | str
        upline_id = self.upline_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "phone": phone,
                "country": country,
                "language": language,
                "client_type": client_type,
                "status": status,
                "kyc_status": kyc_status,
                "wallet_id": wallet_id,
                "upline_id": upline_id,
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

            _at = "email"
            email = d.pop("email")

            _at = "first_name"
            first_name = d.pop("first_name")

            _at = "last_name"
            last_name = d.pop("last_name")

            _at = "phone"

            def _parse_phone(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            phone = _parse_phone(d.pop("phone"))

            _at = "country"
            country = d.pop("country")

            _at = "language"
            language = check_language_code(d.pop("language"))

            _at = "client_type"
            client_type = check_client_type(d.pop("client_type"))

            _at = "status"
            status = check_client_status(d.pop("status"))

            _at = "kyc_status"
            kyc_status = check_kyc_status(d.pop("kyc_status"))

            _at = "wallet_id"

            def _parse_wallet_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            wallet_id = _parse_wallet_id(d.pop("wallet_id"))

            _at = "upline_id"

            def _parse_upline_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            upline_id = _parse_upline_id(d.pop("upline_id"))

            _at = "created_at"
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            _at = ""
            client_information = cls(
                id=id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                phone=phone,
                country=country,
                language=language,
                client_type=client_type,
                status=status,
                kyc_status=kyc_status,
                wallet_id=wallet_id,
                upline_id=upline_id,
                created_at=created_at,
            )
        except BodyValidationError as exc:
            raise exc.within("ClientInformation", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="ClientInformation", path=[_at] if _at else [], reason=reason) from exc

        client_information.additional_properties = d
        return client_information

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
