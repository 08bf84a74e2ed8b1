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


def check_form_field_type(value: str) -> FormFieldType:
    if value in FORM_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FORM_FIELD_TYPE_VALUES!r}")
