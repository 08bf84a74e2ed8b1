"""httpx transports for the generated provider clients.

Provider modules (`auth_plugins.payinout`, ...) are imported on demand so that importing one
provider never pays for another's dependencies (cryptography, PyJWT); each of them, and `errors`,
loads on first use (`_lazy.py`). `paginate` / `apaginate` follow a list operation's pages
(`_pages.py`).
"""

from ._lazy import lazy_exports

__version__ = "0.1.0"

TYPE_CHECKING = False
if TYPE_CHECKING:
    from . import errors as errors
    from ._pages import apaginate as apaginate
    from ._pages import paginate as paginate
else:
    __getattr__, __dir__, __all__ = lazy_exports(
        __name__, {".errors": (), "._pages": ("apaginate", "paginate")}
    )
