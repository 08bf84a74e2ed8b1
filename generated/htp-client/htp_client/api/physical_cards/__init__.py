"""physical_cards: `list_physical_cards`, `get_physical_card`, `update_physical_card_shipping_address`, `report_physical_card_lost`."""

TYPE_CHECKING = False

__all__ = (
    "get_physical_card",
    "list_physical_cards",
    "report_physical_card_lost",
    "update_physical_card_shipping_address",
)

if TYPE_CHECKING:
    from . import get_physical_card as get_physical_card
    from . import list_physical_cards as list_physical_cards
    from . import report_physical_card_lost as report_physical_card_lost
    from . import update_physical_card_shipping_address as update_physical_card_shipping_address
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
