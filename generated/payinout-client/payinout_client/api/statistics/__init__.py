"""statistics: `get_statistics`."""

TYPE_CHECKING = False

__all__ = ("get_statistics",)

if TYPE_CHECKING:
    from . import get_statistics as get_statistics
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
