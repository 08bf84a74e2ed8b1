"""Lazy exports (PEP 562) for the provider modules.

`import auth_plugins.payinout` loads only this file and the provider's small facade; the
implementation (httpx, attrs, the shared stack, cryptography where a provider needs it) loads on
the first attribute access and each name is then cached in the facade. A service that imports
every provider at start-up but talks to one pays for one (`nox -s bench`: import_ratio, and
import_use_ratio for the import plus first use). Type checkers read the facade's
`if TYPE_CHECKING:` imports, so the public names keep their real types.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # see the facades: typing and collections.abc stay unimported at run time
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = ["lazy_exports"]


def lazy_exports(
    module: str, implementation: str, names: Iterable[str]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """`__getattr__` and `__dir__` for `module`, resolving `names` from `implementation` (relative)."""
    public = frozenset(names)

    def __getattr__(name: str) -> object:
        if name not in public:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(implementation, module), name)
        setattr(sys.modules[module], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[module]), *public})

    return __getattr__, __dir__
