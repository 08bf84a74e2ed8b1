"""card_transactions: `get_card_balance`, `quote_card_top_up`, `top_up_card`."""

TYPE_CHECKING = False

__all__ = (
    "get_card_balance",
    "quote_card_top_up",
    "top_up_card",
)

if TYPE_CHECKING:
    from . import get_card_balance as get_card_balance
    from . import quote_card_top_up as quote_card_top_up
    from . import top_up_card as top_up_card
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
