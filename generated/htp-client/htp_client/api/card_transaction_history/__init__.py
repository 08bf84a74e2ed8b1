"""card_transaction_history: `list_card_transactions`, `get_card_transaction`."""

TYPE_CHECKING = False

__all__ = (
    "get_card_transaction",
    "list_card_transactions",
)

if TYPE_CHECKING:
    from . import get_card_transaction as get_card_transaction
    from . import list_card_transactions as list_card_transactions
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
