from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.language_code import LanguageCode, check_language_code

if TYPE_CHECKING:
    from ..models.form_answer import FormAnswer
    from ..models.form_step import FormStep


T = TypeVar("T", bound="Form")


@_attrs_define
class Form:
    """A registration or KYC form.

    Attributes:
        id (str):
        name (str):
        language (LanguageCode): Annex "Language Codes".
        steps (list[FormStep]):
        values (list[FormAnswer]): The client's current answers (KYC forms asked for a client); empty otherwise.
    """

    id: str
    name: str
    language: LanguageCode | str
    steps: list[FormStep]
    values: list[FormAnswer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        language: str = self.language

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "language": language,
                "steps": steps,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.form_answer import FormAnswer  # noqa: PLC0415
        from ..models.form_step import FormStep  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "name"
            name = d.pop("name")

            _at = "language"
            language = check_language_code(d.pop("language"))

            _at = "steps[*]"
            steps = []
            _steps = d.pop("steps")
            for steps_item_data in _steps:
                steps_item = FormStep.from_dict(steps_item_data)

                steps.append(steps_item)

            _at = "values[*]"
            values = []
            _values = d.pop("values")
            for values_item_data in _values:
                values_item = FormAnswer.from_dict(values_item_data)

                values.append(values_item)

            _at = ""
            form = cls(
                id=id,
                name=name,
                language=language,
                steps=steps,
                values=values,
            )
        except BodyValidationError as exc:
            raise exc.within("Form", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Form", path=[_at] if _at else [], reason=reason) from exc

        form.additional_properties = d
        return form

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
