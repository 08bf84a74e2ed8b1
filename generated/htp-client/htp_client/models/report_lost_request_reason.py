from typing import Literal

ReportLostRequestReason = Literal["damaged", "lost", "stolen"]

REPORT_LOST_REQUEST_REASON_VALUES: set[ReportLostRequestReason] = {
    "damaged",
    "lost",
    "stolen",
}


def check_report_lost_request_reason(value: str) -> ReportLostRequestReason:
    if value in REPORT_LOST_REQUEST_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_LOST_REQUEST_REASON_VALUES!r}")
