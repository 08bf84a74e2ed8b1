"""reports_api: `get_fixed_commission_report`, `get_flexible_commission_report`, `get_transactions_report`."""

TYPE_CHECKING = False

__all__ = (
    "get_fixed_commission_report",
    "get_flexible_commission_report",
    "get_transactions_report",
)

if TYPE_CHECKING:
    from . import get_fixed_commission_report as get_fixed_commission_report
    from . import get_flexible_commission_report as get_flexible_commission_report
    from . import get_transactions_report as get_transactions_report
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
