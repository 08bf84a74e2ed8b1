"""mt5_api: `get_mt5_connection`, `list_mt5_accounts`, `create_mt5_account`."""

TYPE_CHECKING = False

__all__ = (
    "create_mt5_account",
    "get_mt5_connection",
    "list_mt5_accounts",
)

if TYPE_CHECKING:
    from . import create_mt5_account as create_mt5_account
    from . import get_mt5_connection as get_mt5_connection
    from . import list_mt5_accounts as list_mt5_accounts
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
