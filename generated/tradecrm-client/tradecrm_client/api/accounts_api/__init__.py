"""accounts_api: `send_registration_otp`, `submit_multi_step_registration`."""

TYPE_CHECKING = False

__all__ = (
    "send_registration_otp",
    "submit_multi_step_registration",
)

if TYPE_CHECKING:
    from . import send_registration_otp as send_registration_otp
    from . import submit_multi_step_registration as submit_multi_step_registration
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
