"""pushy_notifications: `register_pushy_device`, `unregister_pushy_device`."""

TYPE_CHECKING = False

__all__ = (
    "register_pushy_device",
    "unregister_pushy_device",
)

if TYPE_CHECKING:
    from . import register_pushy_device as register_pushy_device
    from . import unregister_pushy_device as unregister_pushy_device
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
