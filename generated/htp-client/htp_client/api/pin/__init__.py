"""pin: `get_pin_status`, `change_pin`, `set_pin`, `verify_pin`."""

TYPE_CHECKING = False

__all__ = (
    "change_pin",
    "get_pin_status",
    "set_pin",
    "verify_pin",
)

if TYPE_CHECKING:
    from . import change_pin as change_pin
    from . import get_pin_status as get_pin_status
    from . import set_pin as set_pin
    from . import verify_pin as verify_pin
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
