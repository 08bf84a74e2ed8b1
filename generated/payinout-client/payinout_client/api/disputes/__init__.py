"""disputes: `list_disputes`, `respond_dispute`."""

TYPE_CHECKING = False

__all__ = (
    "list_disputes",
    "respond_dispute",
)

if TYPE_CHECKING:
    from . import list_disputes as list_disputes
    from . import respond_dispute as respond_dispute
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
