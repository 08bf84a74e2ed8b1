"""Contains all the data models used in inputs/outputs"""

# Lazy exports (PEP 562): each model module is imported on first use, not all of them at once.
TYPE_CHECKING = False

__all__ = (
    "ActivateCardRequest",
    "ActivateCardResponse",
    "Address",
    "AgentTopUpRate",
    "AgentTopUpRateResponse",
    "Announcement",
    "AnnouncementListResponse",
    "AnnouncementPage",
    "AnnouncementResponse",
    "AppInfo",
    "AppInfoResponse",
    "AuthSession",
    "AuthSessionTokenType",
    "CancelCardRequestResponse",
    "CancelPaymentOrderResponse",
    "Card",
    "CardBalance",
    "CardBalanceResponse",
    "CardBrand",
    "Cardholder",
    "CardholderListResponse",
    "CardholderPage",
    "CardholderResponse",
    "CardholderStatus",
    "CardListResponse",
    "CardPage",
    "CardProduct",
    "CardProductListResponse",
    "CardRequest",
    "CardRequestListResponse",
    "CardRequestPage",
    "CardRequestResponse",
    "CardRequestStatus",
    "CardResponse",
    "CardSensitiveDetails",
    "CardSensitiveDetailsResponse",
    "CardStatus",
    "CardTopUp",
    "CardTopUpQuote",
    "CardTopUpQuoteResponse",
    "CardTopUpRequest",
    "CardTopUpResponse",
    "CardTransaction",
    "CardTransactionListResponse",
    "CardTransactionPage",
    "CardTransactionResponse",
    "CardTransactionStatus",
    "CardTransactionType",
    "CardType",
    "CardWithdrawal",
    "CardWithdrawalListResponse",
    "CardWithdrawalPage",
    "CardWithdrawalResponse",
    "ChangeEmailRequest",
    "ChangeEmailResponse",
    "ChangePasswordRequest",
    "ChangePasswordResponse",
    "ChangePhoneRequest",
    "ChangePhoneResponse",
    "ChangePinRequest",
    "ChangePinResponse",
    "CloseCardResponse",
    "ConnectTokenData",
    "ConnectTokenDataTokenType",
    "ConnectTokenRequest",
    "ConnectTokenRequestGrantType",
    "ConnectTokenResponse",
    "Country",
    "CountryListResponse",
    "CreateCardholderRequest",
    "CreateCardholderResponse",
    "CreateCardRequestRequest",
    "CreateCardRequestResponse",
    "CreateCardWithdrawalRequest",
    "CreateCardWithdrawalResponse",
    "CreatePaymentOrderRequest",
    "CreatePaymentOrderResponse",
    "DeleteAccountResponse",
    "DeleteCardholderResponse",
    "DeleteNotificationResponse",
    "EmailInfo",
    "EmailResponse",
    "EmptyData",
    "EncryptedWrapper",
    "Envelope",
    "ErrorEnvelope",
    "ForgotPasswordRequest",
    "ForgotPasswordResponse",
    "KeyPairData",
    "KeyPairRequest",
    "KeyPairResponse",
    "Kyc",
    "KycResponse",
    "KycStatus",
    "KycSubmission",
    "KycSubmissionIdType",
    "Language",
    "LoginRequest",
    "LoginResponse",
    "LogoutRequest",
    "LogoutResponse",
    "MarkAllReadResponse",
    "MarkedRead",
    "MarkReadResponse",
    "Network",
    "NetworkListResponse",
    "Notification",
    "NotificationData",
    "NotificationListResponse",
    "NotificationPage",
    "NotificationResponse",
    "NotificationType",
    "OtpSent",
    "Pagination",
    "PaymentOrder",
    "PaymentOrderListResponse",
    "PaymentOrderPage",
    "PaymentOrderResponse",
    "PaymentOrderStatus",
    "PhoneInfo",
    "PhoneResponse",
    "PhysicalCard",
    "PhysicalCardListResponse",
    "PhysicalCardPage",
    "PhysicalCardResponse",
    "PinStatus",
    "PinStatusResponse",
    "PinVerification",
    "ProfileResponse",
    "PushPlatform",
    "PushyDevice",
    "PushyDeviceResponse",
    "RefreshTokenRequest",
    "RefreshTokenResponse",
    "RegisterPushyDeviceRequest",
    "RegisterRequest",
    "RegisterResponse",
    "ReportLostRequest",
    "ReportLostRequestReason",
    "ReportLostResponse",
    "ResendActivationCodeResponse",
    "ResetPasswordRequest",
    "ResetPasswordResponse",
    "ResubmitKycResponse",
    "SendEmailOtpRequest",
    "SendEmailOtpResponse",
    "SendPhoneOtpRequest",
    "SendPhoneOtpResponse",
    "SetPinRequest",
    "SetPinResponse",
    "Settings",
    "SettingsResponse",
    "ShippingStatus",
    "SubmitKycResponse",
    "TokenPair",
    "TokenPairTokenType",
    "Transaction",
    "TransactionDirection",
    "TransactionListResponse",
    "TransactionPage",
    "TransactionResponse",
    "TransactionType",
    "TransferStatus",
    "UnreadCount",
    "UnreadCountResponse",
    "UnregisterPushyDeviceResponse",
    "UpdateCardholderRequest",
    "UpdateCardholderResponse",
    "UpdateCardStatusRequest",
    "UpdateCardStatusRequestStatus",
    "UpdateCardStatusResponse",
    "UpdateProfileRequest",
    "UpdateProfileResponse",
    "UpdateSettingsRequest",
    "UpdateSettingsResponse",
    "UpdateShippingAddressResponse",
    "UploadedFile",
    "UploadFileRequest",
    "UploadFileRequestPurpose",
    "UploadFileResponse",
    "UserProfile",
    "VerifyPinRequest",
    "VerifyPinResponse",
    "WebSocketTicket",
    "WebSocketTicketResponse",
)

if TYPE_CHECKING:
    from .activate_card_request import ActivateCardRequest
    from .activate_card_response import ActivateCardResponse
    from .address import Address
    from .agent_top_up_rate import AgentTopUpRate
    from .agent_top_up_rate_response import AgentTopUpRateResponse
    from .announcement import Announcement
    from .announcement_list_response import AnnouncementListResponse
    from .announcement_page import AnnouncementPage
    from .announcement_response import AnnouncementResponse
    from .app_info import AppInfo
    from .app_info_response import AppInfoResponse
    from .auth_session import AuthSession
    from .auth_session_token_type import AuthSessionTokenType
    from .cancel_card_request_response import CancelCardRequestResponse
    from .cancel_payment_order_response import CancelPaymentOrderResponse
    from .card import Card
    from .card_balance import CardBalance
    from .card_balance_response import CardBalanceResponse
    from .card_brand import CardBrand
    from .card_list_response import CardListResponse
    from .card_page import CardPage
    from .card_product import CardProduct
    from .card_product_list_response import CardProductListResponse
    from .card_request import CardRequest
    from .card_request_list_response import CardRequestListResponse
    from .card_request_page import CardRequestPage
    from .card_request_response import CardRequestResponse
    from .card_request_status import CardRequestStatus
    from .card_response import CardResponse
    from .card_sensitive_details import CardSensitiveDetails
    from .card_sensitive_details_response import CardSensitiveDetailsResponse
    from .card_status import CardStatus
    from .card_top_up import CardTopUp
    from .card_top_up_quote import CardTopUpQuote
    from .card_top_up_quote_response import CardTopUpQuoteResponse
    from .card_top_up_request import CardTopUpRequest
    from .card_top_up_response import CardTopUpResponse
    from .card_transaction import CardTransaction
    from .card_transaction_list_response import CardTransactionListResponse
    from .card_transaction_page import CardTransactionPage
    from .card_transaction_response import CardTransactionResponse
    from .card_transaction_status import CardTransactionStatus
    from .card_transaction_type import CardTransactionType
    from .card_type import CardType
    from .card_withdrawal import CardWithdrawal
    from .card_withdrawal_list_response import CardWithdrawalListResponse
    from .card_withdrawal_page import CardWithdrawalPage
    from .card_withdrawal_response import CardWithdrawalResponse
    from .cardholder import Cardholder
    from .cardholder_list_response import CardholderListResponse
    from .cardholder_page import CardholderPage
    from .cardholder_response import CardholderResponse
    from .cardholder_status import CardholderStatus
    from .change_email_request import ChangeEmailRequest
    from .change_email_response import ChangeEmailResponse
    from .change_password_request import ChangePasswordRequest
    from .change_password_response import ChangePasswordResponse
    from .change_phone_request import ChangePhoneRequest
    from .change_phone_response import ChangePhoneResponse
    from .change_pin_request import ChangePinRequest
    from .change_pin_response import ChangePinResponse
    from .close_card_response import CloseCardResponse
    from .connect_token_data import ConnectTokenData
    from .connect_token_data_token_type import ConnectTokenDataTokenType
    from .connect_token_request import ConnectTokenRequest
    from .connect_token_request_grant_type import ConnectTokenRequestGrantType
    from .connect_token_response import ConnectTokenResponse
    from .country import Country
    from .country_list_response import CountryListResponse
    from .create_card_request_request import CreateCardRequestRequest
    from .create_card_request_response import CreateCardRequestResponse
    from .create_card_withdrawal_request import CreateCardWithdrawalRequest
    from .create_card_withdrawal_response import CreateCardWithdrawalResponse
    from .create_cardholder_request import CreateCardholderRequest
    from .create_cardholder_response import CreateCardholderResponse
    from .create_payment_order_request import CreatePaymentOrderRequest
    from .create_payment_order_response import CreatePaymentOrderResponse
    from .delete_account_response import DeleteAccountResponse
    from .delete_cardholder_response import DeleteCardholderResponse
    from .delete_notification_response import DeleteNotificationResponse
    from .email_info import EmailInfo
    from .email_response import EmailResponse
    from .empty_data import EmptyData
    from .encrypted_wrapper import EncryptedWrapper
    from .envelope import Envelope
    from .error_envelope import ErrorEnvelope
    from .forgot_password_request import ForgotPasswordRequest
    from .forgot_password_response import ForgotPasswordResponse
    from .key_pair_data import KeyPairData
    from .key_pair_request import KeyPairRequest
    from .key_pair_response import KeyPairResponse
    from .kyc import Kyc
    from .kyc_response import KycResponse
    from .kyc_status import KycStatus
    from .kyc_submission import KycSubmission
    from .kyc_submission_id_type import KycSubmissionIdType
    from .language import Language
    from .login_request import LoginRequest
    from .login_response import LoginResponse
    from .logout_request import LogoutRequest
    from .logout_response import LogoutResponse
    from .mark_all_read_response import MarkAllReadResponse
    from .mark_read_response import MarkReadResponse
    from .marked_read import MarkedRead
    from .network import Network
    from .network_list_response import NetworkListResponse
    from .notification import Notification
    from .notification_data import NotificationData
    from .notification_list_response import NotificationListResponse
    from .notification_page import NotificationPage
    from .notification_response import NotificationResponse
    from .notification_type import NotificationType
    from .otp_sent import OtpSent
    from .pagination import Pagination
    from .payment_order import PaymentOrder
    from .payment_order_list_response import PaymentOrderListResponse
    from .payment_order_page import PaymentOrderPage
    from .payment_order_response import PaymentOrderResponse
    from .payment_order_status import PaymentOrderStatus
    from .phone_info import PhoneInfo
    from .phone_response import PhoneResponse
    from .physical_card import PhysicalCard
    from .physical_card_list_response import PhysicalCardListResponse
    from .physical_card_page import PhysicalCardPage
    from .physical_card_response import PhysicalCardResponse
    from .pin_status import PinStatus
    from .pin_status_response import PinStatusResponse
    from .pin_verification import PinVerification
    from .profile_response import ProfileResponse
    from .push_platform import PushPlatform
    from .pushy_device import PushyDevice
    from .pushy_device_response import PushyDeviceResponse
    from .refresh_token_request import RefreshTokenRequest
    from .refresh_token_response import RefreshTokenResponse
    from .register_pushy_device_request import RegisterPushyDeviceRequest
    from .register_request import RegisterRequest
    from .register_response import RegisterResponse
    from .report_lost_request import ReportLostRequest
    from .report_lost_request_reason import ReportLostRequestReason
    from .report_lost_response import ReportLostResponse
    from .resend_activation_code_response import ResendActivationCodeResponse
    from .reset_password_request import ResetPasswordRequest
    from .reset_password_response import ResetPasswordResponse
    from .resubmit_kyc_response import ResubmitKycResponse
    from .send_email_otp_request import SendEmailOtpRequest
    from .send_email_otp_response import SendEmailOtpResponse
    from .send_phone_otp_request import SendPhoneOtpRequest
    from .send_phone_otp_response import SendPhoneOtpResponse
    from .set_pin_request import SetPinRequest
    from .set_pin_response import SetPinResponse
    from .settings import Settings
    from .settings_response import SettingsResponse
    from .shipping_status import ShippingStatus
    from .submit_kyc_response import SubmitKycResponse
    from .token_pair import TokenPair
    from .token_pair_token_type import TokenPairTokenType
    from .transaction import Transaction
    from .transaction_direction import TransactionDirection
    from .transaction_list_response import TransactionListResponse
    from .transaction_page import TransactionPage
    from .transaction_response import TransactionResponse
    from .transaction_type import TransactionType
    from .transfer_status import TransferStatus
    from .unread_count import UnreadCount
    from .unread_count_response import UnreadCountResponse
    from .unregister_pushy_device_response import UnregisterPushyDeviceResponse
    from .update_card_status_request import UpdateCardStatusRequest
    from .update_card_status_request_status import UpdateCardStatusRequestStatus
    from .update_card_status_response import UpdateCardStatusResponse
    from .update_cardholder_request import UpdateCardholderRequest
    from .update_cardholder_response import UpdateCardholderResponse
    from .update_profile_request import UpdateProfileRequest
    from .update_profile_response import UpdateProfileResponse
    from .update_settings_request import UpdateSettingsRequest
    from .update_settings_response import UpdateSettingsResponse
    from .update_shipping_address_response import UpdateShippingAddressResponse
    from .upload_file_request import UploadFileRequest
    from .upload_file_request_purpose import UploadFileRequestPurpose
    from .upload_file_response import UploadFileResponse
    from .uploaded_file import UploadedFile
    from .user_profile import UserProfile
    from .verify_pin_request import VerifyPinRequest
    from .verify_pin_response import VerifyPinResponse
    from .web_socket_ticket import WebSocketTicket
    from .web_socket_ticket_response import WebSocketTicketResponse
else:
    _MODULE_OF = {
        "ActivateCardRequest": "activate_card_request",
        "ActivateCardResponse": "activate_card_response",
        "Address": "address",
        "AgentTopUpRate": "agent_top_up_rate",
        "AgentTopUpRateResponse": "agent_top_up_rate_response",
        "Announcement": "announcement",
        "AnnouncementListResponse": "announcement_list_response",
        "AnnouncementPage": "announcement_page",
        "AnnouncementResponse": "announcement_response",
        "AppInfo": "app_info",
        "AppInfoResponse": "app_info_response",
        "AuthSession": "auth_session",
        "AuthSessionTokenType": "auth_session_token_type",
        "CancelCardRequestResponse": "cancel_card_request_response",
        "CancelPaymentOrderResponse": "cancel_payment_order_response",
        "Card": "card",
        "CardBalance": "card_balance",
        "CardBalanceResponse": "card_balance_response",
        "CardBrand": "card_brand",
        "CardListResponse": "card_list_response",
        "CardPage": "card_page",
        "CardProduct": "card_product",
        "CardProductListResponse": "card_product_list_response",
        "CardRequest": "card_request",
        "CardRequestListResponse": "card_request_list_response",
        "CardRequestPage": "card_request_page",
        "CardRequestResponse": "card_request_response",
        "CardRequestStatus": "card_request_status",
        "CardResponse": "card_response",
        "CardSensitiveDetails": "card_sensitive_details",
        "CardSensitiveDetailsResponse": "card_sensitive_details_response",
        "CardStatus": "card_status",
        "CardTopUp": "card_top_up",
        "CardTopUpQuote": "card_top_up_quote",
        "CardTopUpQuoteResponse": "card_top_up_quote_response",
        "CardTopUpRequest": "card_top_up_request",
        "CardTopUpResponse": "card_top_up_response",
        "CardTransaction": "card_transaction",
        "CardTransactionListResponse": "card_transaction_list_response",
        "CardTransactionPage": "card_transaction_page",
        "CardTransactionResponse": "card_transaction_response",
        "CardTransactionStatus": "card_transaction_status",
        "CardTransactionType": "card_transaction_type",
        "CardType": "card_type",
        "CardWithdrawal": "card_withdrawal",
        "CardWithdrawalListResponse": "card_withdrawal_list_response",
        "CardWithdrawalPage": "card_withdrawal_page",
        "CardWithdrawalResponse": "card_withdrawal_response",
        "Cardholder": "cardholder",
        "CardholderListResponse": "cardholder_list_response",
        "CardholderPage": "cardholder_page",
        "CardholderResponse": "cardholder_response",
        "CardholderStatus": "cardholder_status",
        "ChangeEmailRequest": "change_email_request",
        "ChangeEmailResponse": "change_email_response",
        "ChangePasswordRequest": "change_password_request",
        "ChangePasswordResponse": "change_password_response",
        "ChangePhoneRequest": "change_phone_request",
        "ChangePhoneResponse": "change_phone_response",
        "ChangePinRequest": "change_pin_request",
        "ChangePinResponse": "change_pin_response",
        "CloseCardResponse": "close_card_response",
        "ConnectTokenData": "connect_token_data",
        "ConnectTokenDataTokenType": "connect_token_data_token_type",
        "ConnectTokenRequest": "connect_token_request",
        "ConnectTokenRequestGrantType": "connect_token_request_grant_type",
        "ConnectTokenResponse": "connect_token_response",
        "Country": "country",
        "CountryListResponse": "country_list_response",
        "CreateCardRequestRequest": "create_card_request_request",
        "CreateCardRequestResponse": "create_card_request_response",
        "CreateCardWithdrawalRequest": "create_card_withdrawal_request",
        "CreateCardWithdrawalResponse": "create_card_withdrawal_response",
        "CreateCardholderRequest": "create_cardholder_request",
        "CreateCardholderResponse": "create_cardholder_response",
        "CreatePaymentOrderRequest": "create_payment_order_request",
        "CreatePaymentOrderResponse": "create_payment_order_response",
        "DeleteAccountResponse": "delete_account_response",
        "DeleteCardholderResponse": "delete_cardholder_response",
        "DeleteNotificationResponse": "delete_notification_response",
        "EmailInfo": "email_info",
        "EmailResponse": "email_response",
        "EmptyData": "empty_data",
        "EncryptedWrapper": "encrypted_wrapper",
        "Envelope": "envelope",
        "ErrorEnvelope": "error_envelope",
        "ForgotPasswordRequest": "forgot_password_request",
        "ForgotPasswordResponse": "forgot_password_response",
        "KeyPairData": "key_pair_data",
        "KeyPairRequest": "key_pair_request",
        "KeyPairResponse": "key_pair_response",
        "Kyc": "kyc",
        "KycResponse": "kyc_response",
        "KycStatus": "kyc_status",
        "KycSubmission": "kyc_submission",
        "KycSubmissionIdType": "kyc_submission_id_type",
        "Language": "language",
        "LoginRequest": "login_request",
        "LoginResponse": "login_response",
        "LogoutRequest": "logout_request",
        "LogoutResponse": "logout_response",
        "MarkAllReadResponse": "mark_all_read_response",
        "MarkReadResponse": "mark_read_response",
        "MarkedRead": "marked_read",
        "Network": "network",
        "NetworkListResponse": "network_list_response",
        "Notification": "notification",
        "NotificationData": "notification_data",
        "NotificationListResponse": "notification_list_response",
        "NotificationPage": "notification_page",
        "NotificationResponse": "notification_response",
        "NotificationType": "notification_type",
        "OtpSent": "otp_sent",
        "Pagination": "pagination",
        "PaymentOrder": "payment_order",
        "PaymentOrderListResponse": "payment_order_list_response",
        "PaymentOrderPage": "payment_order_page",
        "PaymentOrderResponse": "payment_order_response",
        "PaymentOrderStatus": "payment_order_status",
        "PhoneInfo": "phone_info",
        "PhoneResponse": "phone_response",
        "PhysicalCard": "physical_card",
        "PhysicalCardListResponse": "physical_card_list_response",
        "PhysicalCardPage": "physical_card_page",
        "PhysicalCardResponse": "physical_card_response",
        "PinStatus": "pin_status",
        "PinStatusResponse": "pin_status_response",
        "PinVerification": "pin_verification",
        "ProfileResponse": "profile_response",
        "PushPlatform": "push_platform",
        "PushyDevice": "pushy_device",
        "PushyDeviceResponse": "pushy_device_response",
        "RefreshTokenRequest": "refresh_token_request",
        "RefreshTokenResponse": "refresh_token_response",
        "RegisterPushyDeviceRequest": "register_pushy_device_request",
        "RegisterRequest": "register_request",
        "RegisterResponse": "register_response",
        "ReportLostRequest": "report_lost_request",
        "ReportLostRequestReason": "report_lost_request_reason",
        "ReportLostResponse": "report_lost_response",
        "ResendActivationCodeResponse": "resend_activation_code_response",
        "ResetPasswordRequest": "reset_password_request",
        "ResetPasswordResponse": "reset_password_response",
        "ResubmitKycResponse": "resubmit_kyc_response",
        "SendEmailOtpRequest": "send_email_otp_request",
        "SendEmailOtpResponse": "send_email_otp_response",
        "SendPhoneOtpRequest": "send_phone_otp_request",
        "SendPhoneOtpResponse": "send_phone_otp_response",
        "SetPinRequest": "set_pin_request",
        "SetPinResponse": "set_pin_response",
        "Settings": "settings",
        "SettingsResponse": "settings_response",
        "ShippingStatus": "shipping_status",
        "SubmitKycResponse": "submit_kyc_response",
        "TokenPair": "token_pair",
        "TokenPairTokenType": "token_pair_token_type",
        "Transaction": "transaction",
        "TransactionDirection": "transaction_direction",
        "TransactionListResponse": "transaction_list_response",
        "TransactionPage": "transaction_page",
        "TransactionResponse": "transaction_response",
        "TransactionType": "transaction_type",
        "TransferStatus": "transfer_status",
        "UnreadCount": "unread_count",
        "UnreadCountResponse": "unread_count_response",
        "UnregisterPushyDeviceResponse": "unregister_pushy_device_response",
        "UpdateCardStatusRequest": "update_card_status_request",
        "UpdateCardStatusRequestStatus": "update_card_status_request_status",
        "UpdateCardStatusResponse": "update_card_status_response",
        "UpdateCardholderRequest": "update_cardholder_request",
        "UpdateCardholderResponse": "update_cardholder_response",
        "UpdateProfileRequest": "update_profile_request",
        "UpdateProfileResponse": "update_profile_response",
        "UpdateSettingsRequest": "update_settings_request",
        "UpdateSettingsResponse": "update_settings_response",
        "UpdateShippingAddressResponse": "update_shipping_address_response",
        "UploadFileRequest": "upload_file_request",
        "UploadFileRequestPurpose": "upload_file_request_purpose",
        "UploadFileResponse": "upload_file_response",
        "UploadedFile": "uploaded_file",
        "UserProfile": "user_profile",
        "VerifyPinRequest": "verify_pin_request",
        "VerifyPinResponse": "verify_pin_response",
        "WebSocketTicket": "web_socket_ticket",
        "WebSocketTicketResponse": "web_socket_ticket_response",
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
