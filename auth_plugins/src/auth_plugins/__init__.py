"""httpx transports for the generated provider clients.

Provider modules (`auth_plugins.payinout`, ...) are imported on demand so that importing one
provider never pays for another's dependencies (cryptography, PyJWT); each of them, and `errors`,
loads its implementation on first use (see `_lazy.py`).
"""

__all__ = ["errors"]
__version__ = "0.1.0"

TYPE_CHECKING = False
if TYPE_CHECKING:
    from . import errors
else:

    def __getattr__(name: str) -> object:
        # `auth_plugins.errors` without importing typing and the error classes up front.
        if name == "errors":
            from importlib import import_module

            return import_module(".errors", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
