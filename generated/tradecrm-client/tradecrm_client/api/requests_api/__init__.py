"""requests_api: `approve_withdrawal_requests`, `reject_withdrawal_requests`."""

TYPE_CHECKING = False

__all__ = (
    "approve_withdrawal_requests",
    "reject_withdrawal_requests",
)

if TYPE_CHECKING:
    from . import approve_withdrawal_requests as approve_withdrawal_requests
    from . import reject_withdrawal_requests as reject_withdrawal_requests
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
