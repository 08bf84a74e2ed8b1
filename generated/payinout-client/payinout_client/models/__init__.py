"""Contains all the data models used in inputs/outputs"""

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
