from typing import Literal

LeadStatus = Literal["contacted", "converted", "lost", "new", "qualified"]

LEAD_STATUS_VALUES: set[LeadStatus] = {
    "contacted",
    "converted",
    "lost",
    "new",
    "qualified",
}


def check_lead_status(value: str) -> LeadStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in LEAD_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
