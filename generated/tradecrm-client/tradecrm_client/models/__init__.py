"""Contains all the data models used in inputs/outputs"""

# Lazy exports (PEP 562): each model module is imported on first use, not all of them at once.
TYPE_CHECKING = False

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

if TYPE_CHECKING:
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
else:
    _MODULE_OF = {
        "AccountType": "account_type",
        "AccountTypeList": "account_type_list",
        "ApproveWithdrawalRequests": "approve_withdrawal_requests",
        "BalanceOperation": "balance_operation",
        "BalanceOperationRequest": "balance_operation_request",
        "BalanceOperationType": "balance_operation_type",
        "Bankcard": "bankcard",
        "BankcardList": "bankcard_list",
        "City": "city",
        "CityList": "city_list",
        "ClientCreatedEvent": "client_created_event",
        "ClientInformation": "client_information",
        "ClientKycDetails": "client_kyc_details",
        "ClientList": "client_list",
        "ClientRegistrationDetails": "client_registration_details",
        "ClientStatus": "client_status",
        "ClientType": "client_type",
        "ConnectionInformation": "connection_information",
        "Country": "country",
        "CountryList": "country_list",
        "CreateClientRequest": "create_client_request",
        "CreateLeadRequest": "create_lead_request",
        "CreateTradingAccountRequest": "create_trading_account_request",
        "CredentialsValidation": "credentials_validation",
        "Error": "error",
        "FieldError": "field_error",
        "FixedCommissionRecord": "fixed_commission_record",
        "FixedCommissionReport": "fixed_commission_report",
        "FlexibleCommissionRecord": "flexible_commission_record",
        "FlexibleCommissionReport": "flexible_commission_report",
        "ForbiddenError": "forbidden_error",
        "ForbiddenErrorError": "forbidden_error_error",
        "Form": "form",
        "FormAnswer": "form_answer",
        "FormField": "form_field",
        "FormFieldOption": "form_field_option",
        "FormFieldType": "form_field_type",
        "FormStep": "form_step",
        "KycDocument": "kyc_document",
        "KycDocumentType": "kyc_document_type",
        "KycFormCollection": "kyc_form_collection",
        "KycFormCollectionList": "kyc_form_collection_list",
        "KycStatus": "kyc_status",
        "KycUpdatedEvent": "kyc_updated_event",
        "LanguageCode": "language_code",
        "Lead": "lead",
        "LeadStatus": "lead_status",
        "LeaderBoard": "leader_board",
        "LeaderBoardEntry": "leader_board_entry",
        "ListMt4TradesStatus": "list_mt_4_trades_status",
        "ListPage": "list_page",
        "Mt4Trade": "mt_4_trade",
        "Mt4TradeCmd": "mt_4_trade_cmd",
        "Mt4TradeList": "mt_4_trade_list",
        "MultiStepRegistrationRequest": "multi_step_registration_request",
        "NetworkMember": "network_member",
        "NetworkMemberList": "network_member_list",
        "Platform": "platform",
        "RegistrationApproval": "registration_approval",
        "RegistrationApprovalStatus": "registration_approval_status",
        "RegistrationOtp": "registration_otp",
        "RegistrationOtpChannel": "registration_otp_channel",
        "RegistrationOtpRequest": "registration_otp_request",
        "RegistrationOtpRequestChannel": "registration_otp_request_channel",
        "RegistrationStep": "registration_step",
        "RejectWithdrawalRequests": "reject_withdrawal_requests",
        "ReviewStatus": "review_status",
        "S3Signature": "s3_signature",
        "S3SignatureFields": "s3_signature_fields",
        "S3SignatureRequest": "s3_signature_request",
        "ServerType": "server_type",
        "State": "state",
        "StateList": "state_list",
        "TradingAccount": "trading_account",
        "TradingAccountCreatedEvent": "trading_account_created_event",
        "TradingAccountList": "trading_account_list",
        "TradingPlatformConnection": "trading_platform_connection",
        "TradingPlatformConnectionList": "trading_platform_connection_list",
        "Transaction": "transaction",
        "TransactionEvent": "transaction_event",
        "TransactionEventEvent": "transaction_event_event",
        "TransactionReport": "transaction_report",
        "TransactionStatus": "transaction_status",
        "TransactionType": "transaction_type",
        "UpdateWalletBalanceRequest": "update_wallet_balance_request",
        "UpdateWalletBalanceRequestType": "update_wallet_balance_request_type",
        "ValidateCredentialsRequest": "validate_credentials_request",
        "Wallet": "wallet",
        "WalletBalanceOrder": "wallet_balance_order",
        "WalletBalanceOrderStatus": "wallet_balance_order_status",
        "WalletBalanceOrderType": "wallet_balance_order_type",
        "WithdrawalRequestResult": "withdrawal_request_result",
        "WithdrawalRequestResultList": "withdrawal_request_result_list",
        "WithdrawalRequestResultStatus": "withdrawal_request_result_status",
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
