"""payments_api: `list_bankcards`."""

TYPE_CHECKING = False

__all__ = ("list_bankcards",)

if TYPE_CHECKING:
    from . import list_bankcards as list_bankcards
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
