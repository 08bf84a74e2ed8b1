"""clients_api: `list_clients`, `create_client`, `validate_user_credentials`, `get_client`, `get_client_registration_details`, `get_client_kyc_details`, `get_client_uplines`, `get_client_downlines`."""

TYPE_CHECKING = False

__all__ = (
    "create_client",
    "get_client",
    "get_client_downlines",
    "get_client_kyc_details",
    "get_client_registration_details",
    "get_client_uplines",
    "list_clients",
    "validate_user_credentials",
)

if TYPE_CHECKING:
    from . import create_client as create_client
    from . import get_client as get_client
    from . import get_client_downlines as get_client_downlines
    from . import get_client_kyc_details as get_client_kyc_details
    from . import get_client_registration_details as get_client_registration_details
    from . import get_client_uplines as get_client_uplines
    from . import list_clients as list_clients
    from . import validate_user_credentials as validate_user_credentials
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
