from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

if TYPE_CHECKING:
    from ..models.create_redemption_request_payload import CreateRedemptionRequestPayload


T = TypeVar("T", bound="CreateRedemptionRequest")


@_attrs_define
class CreateRedemptionRequest:
    """Redeem from an account (`create_redemption_request`); allowed when the account's `canRedeem` is true.

    Attributes:
        name (Literal['create_redemption_request']):  Default: 'create_redemption_request'.
        payload (CreateRedemptionRequestPayload):
    """

    payload: CreateRedemptionRequestPayload
    name: Literal["create_redemption_request"] = "create_redemption_request"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_redemption_request_payload import CreateRedemptionRequestPayload  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "name"
            name = cast(Literal["create_redemption_request"], d.pop("name"))
            if name != "create_redemption_request":
                raise ValueError(f"name must match const 'create_redemption_request', got '{name}'")

            _at = "payload"
            payload = CreateRedemptionRequestPayload.from_dict(d.pop("payload"))

            _at = ""
            create_redemption_request = cls(
                name=name,
                payload=payload,
            )
        except BodyValidationError as exc:
            raise exc.within("CreateRedemptionRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="CreateRedemptionRequest", path=[_at] if _at else [], reason=reason
            ) from exc

        create_redemption_request.additional_properties = d
        return create_redemption_request

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
