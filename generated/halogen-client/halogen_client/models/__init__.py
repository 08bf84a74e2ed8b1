"""Contains all the data models used in inputs/outputs"""

from .client_account import ClientAccount
from .command_result import CommandResult
from .create_investment_request import CreateInvestmentRequest
from .create_investment_request_payload import CreateInvestmentRequestPayload
from .create_redemption_request import CreateRedemptionRequest
from .create_redemption_request_payload import CreateRedemptionRequestPayload
from .error import Error
from .get_profile import GetProfile
from .get_profile_payload import GetProfilePayload
from .get_request_status import GetRequestStatus
from .get_request_status_payload import GetRequestStatusPayload
from .list_client_accounts import ListClientAccounts
from .list_client_accounts_payload import ListClientAccountsPayload
from .list_client_accounts_result import ListClientAccountsResult
from .profile_result import ProfileResult
from .request_status_result import RequestStatusResult
from .update_profile import UpdateProfile
from .update_profile_payload import UpdateProfilePayload

__all__ = (
    "ClientAccount",
    "CommandResult",
    "CreateInvestmentRequest",
    "CreateInvestmentRequestPayload",
    "CreateRedemptionRequest",
    "CreateRedemptionRequestPayload",
    "Error",
    "GetProfile",
    "GetProfilePayload",
    "GetRequestStatus",
    "GetRequestStatusPayload",
    "ListClientAccounts",
    "ListClientAccountsPayload",
    "ListClientAccountsResult",
    "ProfileResult",
    "RequestStatusResult",
    "UpdateProfile",
    "UpdateProfilePayload",
)
