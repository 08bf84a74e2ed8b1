"""profile: `get_profile`, `update_profile`, `delete_account`."""

TYPE_CHECKING = False

__all__ = (
    "delete_account",
    "get_profile",
    "update_profile",
)

if TYPE_CHECKING:
    from . import delete_account as delete_account
    from . import get_profile as get_profile
    from . import update_profile as update_profile
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
