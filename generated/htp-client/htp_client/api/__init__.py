"""The operations, one package per tag: `dir()` lists them, and each lists its operations."""

import os as _os

__all__ = tuple(
    sorted(
        e.name
        for e in _os.scandir(_os.path.dirname(__file__))
        if e.is_dir() and _os.path.isfile(_os.path.join(e.path, "__init__.py"))
    )
)


def __getattr__(name: str) -> object:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
