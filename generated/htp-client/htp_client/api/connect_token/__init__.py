"""connect_token: `create_connect_token`."""

TYPE_CHECKING = False

__all__ = ("create_connect_token",)

if TYPE_CHECKING:
    from . import create_connect_token as create_connect_token
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
