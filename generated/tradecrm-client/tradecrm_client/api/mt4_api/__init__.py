"""mt4_api: `get_mt4_connection`, `list_mt4_accounts`, `create_mt4_account`, `deposit_mt4_account`, `withdraw_mt4_account`, `list_mt4_trades`."""

TYPE_CHECKING = False

__all__ = (
    "create_mt4_account",
    "deposit_mt4_account",
    "get_mt4_connection",
    "list_mt4_accounts",
    "list_mt4_trades",
    "withdraw_mt4_account",
)

if TYPE_CHECKING:
    from . import create_mt4_account as create_mt4_account
    from . import deposit_mt4_account as deposit_mt4_account
    from . import get_mt4_connection as get_mt4_connection
    from . import list_mt4_accounts as list_mt4_accounts
    from . import list_mt4_trades as list_mt4_trades
    from . import withdraw_mt4_account as withdraw_mt4_account
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
