from typing import Literal

ReportLostRequestReason = Literal["damaged", "lost", "stolen"]

REPORT_LOST_REQUEST_REASON_VALUES: set[ReportLostRequestReason] = {
    "damaged",
    "lost",
    "stolen",
}


def check_report_lost_request_reason(value: str) -> ReportLostRequestReason | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in REPORT_LOST_REQUEST_REASON_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
