"""balance: `get_balance`."""

TYPE_CHECKING = False

__all__ = ("get_balance",)

if TYPE_CHECKING:
    from . import get_balance as get_balance
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
