from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.form_field_type import FormFieldType, check_form_field_type

if TYPE_CHECKING:
    from ..models.form_field_option import FormFieldOption


T = TypeVar("T", bound="FormField")


@_attrs_define
class FormField:
    """
    Attributes:
        key (str):
        label (str):
        type_ (FormFieldType):
        required (bool):
        options (list[FormFieldOption]): Choices of a select field; empty otherwise.
        placeholder (None | str):
    """

    key: str
    label: str
    type_: FormFieldType | str
    required: bool
    options: list[FormFieldOption]
    placeholder: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        type_: str = self.type_

        required = self.required

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        placeholder: None | str
        placeholder = self.placeholder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "label": label,
                "type": type_,
                "required": required,
                "options": options,
                "placeholder": placeholder,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.form_field_option import FormFieldOption  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "key"
            key = d.pop("key")

            _at = "label"
            label = d.pop("label")

            _at = "type"
            type_ = check_form_field_type(d.pop("type"))

            _at = "required"
            required = d.pop("required")

            _at = "options[*]"
            options = []
            _options = d.pop("options")
            for options_item_data in _options:
                options_item = FormFieldOption.from_dict(options_item_data)

                options.append(options_item)

            _at = "placeholder"

            def _parse_placeholder(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            placeholder = _parse_placeholder(d.pop("placeholder"))

            _at = ""
            form_field = cls(
                key=key,
                label=label,
                type_=type_,
                required=required,
                options=options,
                placeholder=placeholder,
            )
        except BodyValidationError as exc:
            raise exc.within("FormField", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="FormField", path=[_at] if _at else [], reason=reason) from exc

        form_field.additional_properties = d
        return form_field

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
