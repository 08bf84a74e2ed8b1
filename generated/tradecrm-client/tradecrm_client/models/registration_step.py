from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

if TYPE_CHECKING:
    from ..models.form_answer import FormAnswer


T = TypeVar("T", bound="RegistrationStep")


@_attrs_define
class RegistrationStep:
    """
    Attributes:
        step (int):
        answers (list[FormAnswer]):
    """

    step: int
    answers: list[FormAnswer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step = self.step

        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step": step,
                "answers": answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.form_answer import FormAnswer  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "step"
            step = d.pop("step")

            _at = "answers[*]"
            answers = []
            _answers = d.pop("answers")
            for answers_item_data in _answers:
                answers_item = FormAnswer.from_dict(answers_item_data)

                answers.append(answers_item)

            _at = ""
            registration_step = cls(
                step=step,
                answers=answers,
            )
        except BodyValidationError as exc:
            raise exc.within("RegistrationStep", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="RegistrationStep", path=[_at] if _at else [], reason=reason) from exc

        registration_step.additional_properties = d
        return registration_step

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
