"""settings: `get_settings`, `update_settings`."""

TYPE_CHECKING = False

__all__ = (
    "get_settings",
    "update_settings",
)

if TYPE_CHECKING:
    from . import get_settings as get_settings
    from . import update_settings as update_settings
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
