"""httpx transports for the generated provider clients.

Provider modules (`auth_plugins.payinout`, ...) are imported on demand so that importing one
provider never pays for another's dependencies (cryptography, PyJWT); each of them, and `errors`,
loads on first use (`_lazy.py`). `paginate` / `apaginate` follow a list operation's pages
(`_pages.py`). `MemoryTokenStore` (the default) and `RedisTokenStore` (a fleet's, shared
through Redis) are the `token_store=` client option's two stores (`_core/_store.py`).
"""

from ._lazy import lazy_exports

__version__ = "0.1.0"

TYPE_CHECKING = False
if TYPE_CHECKING:
    from . import errors as errors
    from ._core._redis_store import RedisTokenStore as RedisTokenStore
    from ._core._store import MemoryTokenStore as MemoryTokenStore
    from ._core._store import TokenBackend as TokenBackend
    from ._pages import apaginate as apaginate
    from ._pages import paginate as paginate
else:
    __getattr__, __dir__, __all__ = lazy_exports(
        __name__,
        {
            ".errors": (),
            "._pages": ("apaginate", "paginate"),
            "._core._store": ("MemoryTokenStore", "TokenBackend"),
            "._core._redis_store": ("RedisTokenStore",),
        },
    )
