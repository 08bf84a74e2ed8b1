"""Contains all the data models used in inputs/outputs"""

# Lazy exports (PEP 562): each model module is imported on first use, not all of them at once.
TYPE_CHECKING = False

__all__ = (
    "Balance",
    "BalanceRequest",
    "BalanceResponse",
    "Customer",
    "Dispute",
    "DisputeListRequest",
    "DisputeListResponse",
    "DisputeRespondRequest",
    "DisputeRespondRequestAction",
    "DisputeStatus",
    "Error",
    "PayInCreateRequest",
    "PayInResponse",
    "PaymentCallback",
    "PaymentCallbackType",
    "PaymentLookupRequest",
    "PaymentStatus",
    "PayOutCreateRequest",
    "PayOutDestination",
    "PayOutResponse",
    "StatisticsRequest",
    "StatisticsResponse",
    "Totals",
)

if TYPE_CHECKING:
    from .balance import Balance
    from .balance_request import BalanceRequest
    from .balance_response import BalanceResponse
    from .customer import Customer
    from .dispute import Dispute
    from .dispute_list_request import DisputeListRequest
    from .dispute_list_response import DisputeListResponse
    from .dispute_respond_request import DisputeRespondRequest
    from .dispute_respond_request_action import DisputeRespondRequestAction
    from .dispute_status import DisputeStatus
    from .error import Error
    from .pay_in_create_request import PayInCreateRequest
    from .pay_in_response import PayInResponse
    from .pay_out_create_request import PayOutCreateRequest
    from .pay_out_destination import PayOutDestination
    from .pay_out_response import PayOutResponse
    from .payment_callback import PaymentCallback
    from .payment_callback_type import PaymentCallbackType
    from .payment_lookup_request import PaymentLookupRequest
    from .payment_status import PaymentStatus
    from .statistics_request import StatisticsRequest
    from .statistics_response import StatisticsResponse
    from .totals import Totals
else:
    _MODULE_OF = {
        "Balance": "balance",
        "BalanceRequest": "balance_request",
        "BalanceResponse": "balance_response",
        "Customer": "customer",
        "Dispute": "dispute",
        "DisputeListRequest": "dispute_list_request",
        "DisputeListResponse": "dispute_list_response",
        "DisputeRespondRequest": "dispute_respond_request",
        "DisputeRespondRequestAction": "dispute_respond_request_action",
        "DisputeStatus": "dispute_status",
        "Error": "error",
        "PayInCreateRequest": "pay_in_create_request",
        "PayInResponse": "pay_in_response",
        "PayOutCreateRequest": "pay_out_create_request",
        "PayOutDestination": "pay_out_destination",
        "PayOutResponse": "pay_out_response",
        "PaymentCallback": "payment_callback",
        "PaymentCallbackType": "payment_callback_type",
        "PaymentLookupRequest": "payment_lookup_request",
        "PaymentStatus": "payment_status",
        "StatisticsRequest": "statistics_request",
        "StatisticsResponse": "statistics_response",
        "Totals": "totals",
    }

    def __getattr__(name: str) -> object:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
