"""token_and_logout: `register_user`, `login_user`, `refresh_token`, `logout_user`."""

TYPE_CHECKING = False

__all__ = (
    "login_user",
    "logout_user",
    "refresh_token",
    "register_user",
)

if TYPE_CHECKING:
    from . import login_user as login_user
    from . import logout_user as logout_user
    from . import refresh_token as refresh_token
    from . import register_user as register_user
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
