"""card_list: `list_cards`, `get_card`, `close_card`, `get_card_sensitive_details`, `update_card_status`."""

TYPE_CHECKING = False

__all__ = (
    "close_card",
    "get_card",
    "get_card_sensitive_details",
    "list_cards",
    "update_card_status",
)

if TYPE_CHECKING:
    from . import close_card as close_card
    from . import get_card as get_card
    from . import get_card_sensitive_details as get_card_sensitive_details
    from . import list_cards as list_cards
    from . import update_card_status as update_card_status
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
