"""card_request: `list_card_products`, `list_card_requests`, `create_card_request`, `get_card_request`, `cancel_card_request`."""

TYPE_CHECKING = False

__all__ = (
    "cancel_card_request",
    "create_card_request",
    "get_card_request",
    "list_card_products",
    "list_card_requests",
)

if TYPE_CHECKING:
    from . import cancel_card_request as cancel_card_request
    from . import create_card_request as create_card_request
    from . import get_card_request as get_card_request
    from . import list_card_products as list_card_products
    from . import list_card_requests as list_card_requests
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
