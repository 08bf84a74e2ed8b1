"""phone_management: `get_phone`, `change_phone`, `send_phone_otp`."""

TYPE_CHECKING = False

__all__ = (
    "change_phone",
    "get_phone",
    "send_phone_otp",
)

if TYPE_CHECKING:
    from . import change_phone as change_phone
    from . import get_phone as get_phone
    from . import send_phone_otp as send_phone_otp
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
