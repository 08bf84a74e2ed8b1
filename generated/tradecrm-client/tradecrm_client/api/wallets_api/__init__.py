"""wallets_api: `get_wallet`, `update_wallet_balance`, `get_wallet_balance_order`."""

TYPE_CHECKING = False

__all__ = (
    "get_wallet",
    "get_wallet_balance_order",
    "update_wallet_balance",
)

if TYPE_CHECKING:
    from . import get_wallet as get_wallet
    from . import get_wallet_balance_order as get_wallet_balance_order
    from . import update_wallet_balance as update_wallet_balance
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
