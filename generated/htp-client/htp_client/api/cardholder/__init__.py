"""cardholder: `list_cardholders`, `create_cardholder`, `get_cardholder`, `update_cardholder`, `delete_cardholder`."""

TYPE_CHECKING = False

__all__ = (
    "create_cardholder",
    "delete_cardholder",
    "get_cardholder",
    "list_cardholders",
    "update_cardholder",
)

if TYPE_CHECKING:
    from . import create_cardholder as create_cardholder
    from . import delete_cardholder as delete_cardholder
    from . import get_cardholder as get_cardholder
    from . import list_cardholders as list_cardholders
    from . import update_cardholder as update_cardholder
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
