"""forms_api: `get_trader_registration_form`, `list_kyc_form_collections`, `get_kyc_form`, `get_aws_s3_signature`."""

TYPE_CHECKING = False

__all__ = (
    "get_aws_s3_signature",
    "get_kyc_form",
    "get_trader_registration_form",
    "list_kyc_form_collections",
)

if TYPE_CHECKING:
    from . import get_aws_s3_signature as get_aws_s3_signature
    from . import get_kyc_form as get_kyc_form
    from . import get_trader_registration_form as get_trader_registration_form
    from . import list_kyc_form_collections as list_kyc_form_collections
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
