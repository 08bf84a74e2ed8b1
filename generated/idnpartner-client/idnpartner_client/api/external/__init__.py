"""external: `list_banks`, `get_bank_account`, `get_user_profile`, `get_user_balance`, `list_user_transactions`, `create_transfer`, `get_transfer`."""

TYPE_CHECKING = False

__all__ = (
    "create_transfer",
    "get_bank_account",
    "get_transfer",
    "get_user_balance",
    "get_user_profile",
    "list_banks",
    "list_user_transactions",
)

if TYPE_CHECKING:
    from . import create_transfer as create_transfer
    from . import get_bank_account as get_bank_account
    from . import get_transfer as get_transfer
    from . import get_user_balance as get_user_balance
    from . import get_user_profile as get_user_profile
    from . import list_banks as list_banks
    from . import list_user_transactions as list_user_transactions
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
