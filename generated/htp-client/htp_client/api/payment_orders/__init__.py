"""payment_orders: `list_payment_orders`, `create_payment_order`, `get_payment_order`, `cancel_payment_order`."""

TYPE_CHECKING = False

__all__ = (
    "cancel_payment_order",
    "create_payment_order",
    "get_payment_order",
    "list_payment_orders",
)

if TYPE_CHECKING:
    from . import cancel_payment_order as cancel_payment_order
    from . import create_payment_order as create_payment_order
    from . import get_payment_order as get_payment_order
    from . import list_payment_orders as list_payment_orders
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
