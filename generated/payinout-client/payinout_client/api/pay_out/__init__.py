"""pay_out: `create_payout`, `get_payout`."""

TYPE_CHECKING = False

__all__ = (
    "create_payout",
    "get_payout",
)

if TYPE_CHECKING:
    from . import create_payout as create_payout
    from . import get_payout as get_payout
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
