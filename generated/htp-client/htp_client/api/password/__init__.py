"""password: `request_password_reset`, `reset_password`, `change_password`."""

TYPE_CHECKING = False

__all__ = (
    "change_password",
    "request_password_reset",
    "reset_password",
)

if TYPE_CHECKING:
    from . import change_password as change_password
    from . import request_password_reset as request_password_reset
    from . import reset_password as reset_password
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
