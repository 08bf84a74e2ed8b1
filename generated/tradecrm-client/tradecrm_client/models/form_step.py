from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

if TYPE_CHECKING:
    from ..models.form_field import FormField


T = TypeVar("T", bound="FormStep")


@_attrs_define
class FormStep:
    """
    Attributes:
        step (int):
        title (str):
        fields (list[FormField]):
    """

    step: int
    title: str
    fields: list[FormField]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step = self.step

        title = self.title

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step": step,
                "title": title,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.form_field import FormField  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "step"
            step = d.pop("step")

            _at = "title"
            title = d.pop("title")

            _at = "fields[*]"
            fields = []
            _fields = d.pop("fields")
            for fields_item_data in _fields:
                fields_item = FormField.from_dict(fields_item_data)

                fields.append(fields_item)

            _at = ""
            form_step = cls(
                step=step,
                title=title,
                fields=fields,
            )
        except BodyValidationError as exc:
            raise exc.within("FormStep", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="FormStep", path=[_at] if _at else [], reason=reason) from exc

        form_step.additional_properties = d
        return form_step

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
