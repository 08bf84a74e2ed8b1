"""authentication: `authenticate_user`, `create_token`, `refresh_access_token`, `renew_refresh_token`."""

TYPE_CHECKING = False

__all__ = (
    "authenticate_user",
    "create_token",
    "refresh_access_token",
    "renew_refresh_token",
)

if TYPE_CHECKING:
    from . import authenticate_user as authenticate_user
    from . import create_token as create_token
    from . import refresh_access_token as refresh_access_token
    from . import renew_refresh_token as renew_refresh_token
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
