"""Lazy exports (PEP 562): the one mechanism every package facade in `auth_plugins` uses.

`import auth_plugins.payinout` loads only this file and the provider's small facade; each name
loads its submodule (httpx, attrs, the shared stack, cryptography where a provider needs it) on
first access and is then cached in the facade. A service that imports every provider at start-up
but talks to one pays for one (`nox -s bench`: import_ratio and import_use_ratio). Type checkers
read the facade's `if TYPE_CHECKING:` imports (`from ._x import Name as Name`), so the public
names keep their real types; `tests/unit/test_lazy_facades.py` holds those imports equal to the
runtime map.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # see the facades: typing and collections.abc stay unimported at run time
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = ["lazy_exports"]


def lazy_exports(
    module: str, exports: Mapping[str, tuple[str, ...]]
) -> tuple[Callable[[str], object], Callable[[], list[str]], list[str]]:
    """`__getattr__`, `__dir__` and `__all__` for `module`.

    `exports` maps a relative submodule to the names it provides; an empty tuple exports the
    submodule itself under its own name (`{".errors": ()}` gives `auth_plugins.errors`).
    """
    where: dict[str, tuple[str, str | None]] = {}
    for submodule, names in exports.items():
        if names:
            where.update((name, (submodule, name)) for name in names)
        else:
            where[submodule.rsplit(".", 1)[-1]] = (submodule, None)

    def __getattr__(name: str) -> object:
        found = where.get(name)
        if found is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        from importlib import import_module

        loaded = import_module(found[0], module)
        value = loaded if found[1] is None else getattr(loaded, found[1])
        setattr(sys.modules[module], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[module]), *where})

    return __getattr__, __dir__, sorted(where)
