"""A client library for accessing PayInOut Merchant API"""

# Lazy exports (PEP 562): .client imports attrs and httpx, so it is imported on first use only.
TYPE_CHECKING = False

__all__ = (
    "AuthenticatedClient",
    "Client",
)

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(".client", __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
