"""Contains all the data models used in inputs/outputs"""

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
