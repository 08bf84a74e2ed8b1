"""Contains all the data models used in inputs/outputs"""

# Lazy exports (PEP 562): each model module is imported on first use, not all of them at once.
TYPE_CHECKING = False

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

if TYPE_CHECKING:
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
else:
    _MODULE_OF = {
        "ClientAccount": "client_account",
        "CommandResult": "command_result",
        "CreateInvestmentRequest": "create_investment_request",
        "CreateInvestmentRequestPayload": "create_investment_request_payload",
        "CreateRedemptionRequest": "create_redemption_request",
        "CreateRedemptionRequestPayload": "create_redemption_request_payload",
        "Error": "error",
        "GetProfile": "get_profile",
        "GetProfilePayload": "get_profile_payload",
        "GetRequestStatus": "get_request_status",
        "GetRequestStatusPayload": "get_request_status_payload",
        "ListClientAccounts": "list_client_accounts",
        "ListClientAccountsPayload": "list_client_accounts_payload",
        "ListClientAccountsResult": "list_client_accounts_result",
        "ProfileResult": "profile_result",
        "RequestStatusResult": "request_status_result",
        "UpdateProfile": "update_profile",
        "UpdateProfilePayload": "update_profile_payload",
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
