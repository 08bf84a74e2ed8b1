from typing import Literal

FormFieldType = Literal[
    "checkbox", "city", "country", "date", "email", "file", "number", "password", "phone", "select", "state", "text"
]

FORM_FIELD_TYPE_VALUES: set[FormFieldType] = {
    "checkbox",
    "city",
    "country",
    "date",
    "email",
    "file",
    "number",
    "password",
    "phone",
    "select",
    "state",
    "text",
}


def check_form_field_type(value: str) -> FormFieldType | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in FORM_FIELD_TYPE_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
