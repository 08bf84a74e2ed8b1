"""card_withdrawals: `list_card_withdrawals`, `create_card_withdrawal`, `get_card_withdrawal`."""

TYPE_CHECKING = False

__all__ = (
    "create_card_withdrawal",
    "get_card_withdrawal",
    "list_card_withdrawals",
)

if TYPE_CHECKING:
    from . import create_card_withdrawal as create_card_withdrawal
    from . import get_card_withdrawal as get_card_withdrawal
    from . import list_card_withdrawals as list_card_withdrawals
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
