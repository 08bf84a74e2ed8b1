"""Contains all the data models used in inputs/outputs"""

# Lazy exports (PEP 562): each model module is imported on first use, not all of them at once.
TYPE_CHECKING = False

__all__ = (
    "AccessToken",
    "Balance",
    "Bank",
    "BankAccount",
    "BankList",
    "Error",
    "FieldError",
    "Language",
    "Pagination",
    "RefreshToken",
    "TokenPair",
    "Transaction",
    "TransactionPage",
    "TransactionStatus",
    "TransactionType",
    "Transfer",
    "TransferRequest",
    "TransferStatus",
    "UserAuthRequest",
    "UserAuthResponse",
    "UserProfile",
    "UserStatus",
)

if TYPE_CHECKING:
    from .access_token import AccessToken
    from .balance import Balance
    from .bank import Bank
    from .bank_account import BankAccount
    from .bank_list import BankList
    from .error import Error
    from .field_error import FieldError
    from .language import Language
    from .pagination import Pagination
    from .refresh_token import RefreshToken
    from .token_pair import TokenPair
    from .transaction import Transaction
    from .transaction_page import TransactionPage
    from .transaction_status import TransactionStatus
    from .transaction_type import TransactionType
    from .transfer import Transfer
    from .transfer_request import TransferRequest
    from .transfer_status import TransferStatus
    from .user_auth_request import UserAuthRequest
    from .user_auth_response import UserAuthResponse
    from .user_profile import UserProfile
    from .user_status import UserStatus
else:
    _MODULE_OF = {
        "AccessToken": "access_token",
        "Balance": "balance",
        "Bank": "bank",
        "BankAccount": "bank_account",
        "BankList": "bank_list",
        "Error": "error",
        "FieldError": "field_error",
        "Language": "language",
        "Pagination": "pagination",
        "RefreshToken": "refresh_token",
        "TokenPair": "token_pair",
        "Transaction": "transaction",
        "TransactionPage": "transaction_page",
        "TransactionStatus": "transaction_status",
        "TransactionType": "transaction_type",
        "Transfer": "transfer",
        "TransferRequest": "transfer_request",
        "TransferStatus": "transfer_status",
        "UserAuthRequest": "user_auth_request",
        "UserAuthResponse": "user_auth_response",
        "UserProfile": "user_profile",
        "UserStatus": "user_status",
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
