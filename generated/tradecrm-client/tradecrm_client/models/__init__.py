"""Contains all the data models used in inputs/outputs"""

from .account_type import AccountType
from .account_type_list import AccountTypeList
from .approve_withdrawal_requests import ApproveWithdrawalRequests
from .balance_operation import BalanceOperation
from .balance_operation_request import BalanceOperationRequest
from .balance_operation_type import BalanceOperationType
from .bankcard import Bankcard
from .bankcard_list import BankcardList
from .city import City
from .city_list import CityList
from .client_created_event import ClientCreatedEvent
from .client_information import ClientInformation
from .client_kyc_details import ClientKycDetails
from .client_list import ClientList
from .client_registration_details import ClientRegistrationDetails
from .client_status import ClientStatus
from .client_type import ClientType
from .connection_information import ConnectionInformation
from .country import Country
from .country_list import CountryList
from .create_client_request import CreateClientRequest
from .create_lead_request import CreateLeadRequest
from .create_trading_account_request import CreateTradingAccountRequest
from .credentials_validation import CredentialsValidation
from .error import Error
from .field_error import FieldError
from .fixed_commission_record import FixedCommissionRecord
from .fixed_commission_report import FixedCommissionReport
from .flexible_commission_record import FlexibleCommissionRecord
from .flexible_commission_report import FlexibleCommissionReport
from .forbidden_error import ForbiddenError
from .forbidden_error_error import ForbiddenErrorError
from .form import Form
from .form_answer import FormAnswer
from .form_field import FormField
from .form_field_option import FormFieldOption
from .form_field_type import FormFieldType
from .form_step import FormStep
from .kyc_document import KycDocument
from .kyc_document_type import KycDocumentType
from .kyc_form_collection import KycFormCollection
from .kyc_form_collection_list import KycFormCollectionList
from .kyc_status import KycStatus
from .kyc_updated_event import KycUpdatedEvent
from .language_code import LanguageCode
from .lead import Lead
from .lead_status import LeadStatus
from .leader_board import LeaderBoard
from .leader_board_entry import LeaderBoardEntry
from .list_mt_4_trades_status import ListMt4TradesStatus
from .list_page import ListPage
from .mt_4_trade import Mt4Trade
from .mt_4_trade_cmd import Mt4TradeCmd
from .mt_4_trade_list import Mt4TradeList
from .multi_step_registration_request import MultiStepRegistrationRequest
from .network_member import NetworkMember
from .network_member_list import NetworkMemberList
from .platform import Platform
from .registration_approval import RegistrationApproval
from .registration_approval_status import RegistrationApprovalStatus
from .registration_otp import RegistrationOtp
from .registration_otp_channel import RegistrationOtpChannel
from .registration_otp_request import RegistrationOtpRequest
from .registration_otp_request_channel import RegistrationOtpRequestChannel
from .registration_step import RegistrationStep
from .reject_withdrawal_requests import RejectWithdrawalRequests
from .review_status import ReviewStatus
from .s3_signature import S3Signature
from .s3_signature_fields import S3SignatureFields
from .s3_signature_request import S3SignatureRequest
from .server_type import ServerType
from .state import State
from .state_list import StateList
from .trading_account import TradingAccount
from .trading_account_created_event import TradingAccountCreatedEvent
from .trading_account_list import TradingAccountList
from .trading_platform_connection import TradingPlatformConnection
from .trading_platform_connection_list import TradingPlatformConnectionList
from .transaction import Transaction
from .transaction_event import TransactionEvent
from .transaction_event_event import TransactionEventEvent
from .transaction_report import TransactionReport
from .transaction_status import TransactionStatus
from .transaction_type import TransactionType
from .update_wallet_balance_request import UpdateWalletBalanceRequest
from .update_wallet_balance_request_type import UpdateWalletBalanceRequestType
from .validate_credentials_request import ValidateCredentialsRequest
from .wallet import Wallet
from .wallet_balance_order import WalletBalanceOrder
from .wallet_balance_order_status import WalletBalanceOrderStatus
from .wallet_balance_order_type import WalletBalanceOrderType
from .withdrawal_request_result import WithdrawalRequestResult
from .withdrawal_request_result_list import WithdrawalRequestResultList
from .withdrawal_request_result_status import WithdrawalRequestResultStatus

__all__ = (
    "AccountType",
    "AccountTypeList",
    "ApproveWithdrawalRequests",
    "BalanceOperation",
    "BalanceOperationRequest",
    "BalanceOperationType",
    "Bankcard",
    "BankcardList",
    "City",
    "CityList",
    "ClientCreatedEvent",
    "ClientInformation",
    "ClientKycDetails",
    "ClientList",
    "ClientRegistrationDetails",
    "ClientStatus",
    "ClientType",
    "ConnectionInformation",
    "Country",
    "CountryList",
    "CreateClientRequest",
    "CreateLeadRequest",
    "CreateTradingAccountRequest",
    "CredentialsValidation",
    "Error",
    "FieldError",
    "FixedCommissionRecord",
    "FixedCommissionReport",
    "FlexibleCommissionRecord",
    "FlexibleCommissionReport",
    "ForbiddenError",
    "ForbiddenErrorError",
    "Form",
    "FormAnswer",
    "FormField",
    "FormFieldOption",
    "FormFieldType",
    "FormStep",
    "KycDocument",
    "KycDocumentType",
    "KycFormCollection",
    "KycFormCollectionList",
    "KycStatus",
    "KycUpdatedEvent",
    "LanguageCode",
    "Lead",
    "LeaderBoard",
    "LeaderBoardEntry",
    "LeadStatus",
    "ListMt4TradesStatus",
    "ListPage",
    "Mt4Trade",
    "Mt4TradeCmd",
    "Mt4TradeList",
    "MultiStepRegistrationRequest",
    "NetworkMember",
    "NetworkMemberList",
    "Platform",
    "RegistrationApproval",
    "RegistrationApprovalStatus",
    "RegistrationOtp",
    "RegistrationOtpChannel",
    "RegistrationOtpRequest",
    "RegistrationOtpRequestChannel",
    "RegistrationStep",
    "RejectWithdrawalRequests",
    "ReviewStatus",
    "S3Signature",
    "S3SignatureFields",
    "S3SignatureRequest",
    "ServerType",
    "State",
    "StateList",
    "TradingAccount",
    "TradingAccountCreatedEvent",
    "TradingAccountList",
    "TradingPlatformConnection",
    "TradingPlatformConnectionList",
    "Transaction",
    "TransactionEvent",
    "TransactionEventEvent",
    "TransactionReport",
    "TransactionStatus",
    "TransactionType",
    "UpdateWalletBalanceRequest",
    "UpdateWalletBalanceRequestType",
    "ValidateCredentialsRequest",
    "Wallet",
    "WalletBalanceOrder",
    "WalletBalanceOrderStatus",
    "WalletBalanceOrderType",
    "WithdrawalRequestResult",
    "WithdrawalRequestResultList",
    "WithdrawalRequestResultStatus",
)
