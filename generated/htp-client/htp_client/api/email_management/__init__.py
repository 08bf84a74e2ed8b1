"""email_management: `get_email`, `change_email`, `send_email_otp`."""

TYPE_CHECKING = False

__all__ = (
    "change_email",
    "get_email",
    "send_email_otp",
)

if TYPE_CHECKING:
    from . import change_email as change_email
    from . import get_email as get_email
    from . import send_email_otp as send_email_otp
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
