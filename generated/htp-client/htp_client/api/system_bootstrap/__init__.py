"""system_bootstrap: `create_key_pair`, `list_networks`."""

TYPE_CHECKING = False

__all__ = (
    "create_key_pair",
    "list_networks",
)

if TYPE_CHECKING:
    from . import create_key_pair as create_key_pair
    from . import list_networks as list_networks
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
