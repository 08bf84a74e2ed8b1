"""card_activation: `activate_card`, `resend_activation_code`."""

TYPE_CHECKING = False

__all__ = (
    "activate_card",
    "resend_activation_code",
)

if TYPE_CHECKING:
    from . import activate_card as activate_card
    from . import resend_activation_code as resend_activation_code
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
