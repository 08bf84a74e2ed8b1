"""wallet_api: `execute_query`, `execute_command`."""

TYPE_CHECKING = False

__all__ = (
    "execute_command",
    "execute_query",
)

if TYPE_CHECKING:
    from . import execute_command as execute_command
    from . import execute_query as execute_query
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
