"""pay_in: `create_payin`, `get_payin`."""

TYPE_CHECKING = False

__all__ = (
    "create_payin",
    "get_payin",
)

if TYPE_CHECKING:
    from . import create_payin as create_payin
    from . import get_payin as get_payin
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
