from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Money, Unset, to_money

T = TypeVar("T", bound="RequestStatusResult")


def _money_amount(value: Money | None | Unset) -> Decimal | None | Unset:
    if isinstance(value, Unset):
        return value
    if value is None:
        return value
    return to_money(value, "RequestStatusResult.amount")


@_attrs_define
class RequestStatusResult:
    """The result of `get_request_status`.

    Attributes:
        request_id (str):
        command (str): The command name that created the request.
        status (str): The request's state, e.g. `pending`, `processing`, `completed`, `rejected`; a plain string so a
            new state never breaks parsing.
        account_id (None | str | Unset):
        amount (Decimal | None | Unset):
        created_at (str | Unset): When the request was created, RFC 3339 (kept a string, so the client needs no date
            parser).
    """

    request_id: str
    command: str
    status: str
    account_id: None | str | Unset = UNSET
    amount: Decimal | None | Unset = _attrs_field(default=UNSET, converter=_money_amount)
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        command = self.command

        status = self.status

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        amount = self.amount

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "command": command,
                "status": status,
            }
        )
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "requestId"
            request_id = d.pop("requestId")

            _at = "command"
            command = d.pop("command")

            _at = "status"
            status = d.pop("status")

            _at = "accountId"

            def _parse_account_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            account_id = _parse_account_id(d.pop("accountId", UNSET))

            _at = "amount"
            amount = _money_amount(d.pop("amount", UNSET))

            _at = "createdAt"
            created_at = d.pop("createdAt", UNSET)

            _at = ""
            request_status_result = cls(
                request_id=request_id,
                command=command,
                status=status,
                account_id=account_id,
                amount=amount,
                created_at=created_at,
            )
        except BodyValidationError as exc:
            raise exc.within("RequestStatusResult", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="RequestStatusResult", path=[_at] if _at else [], reason=reason) from exc

        request_status_result.additional_properties = d
        return request_status_result

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
