"""c_trader_api: `get_ctrader_connection`, `list_ctrader_accounts`."""

TYPE_CHECKING = False

__all__ = (
    "get_ctrader_connection",
    "list_ctrader_accounts",
)

if TYPE_CHECKING:
    from . import get_ctrader_connection as get_ctrader_connection
    from . import list_ctrader_accounts as list_ctrader_accounts
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
