"""One simulator per provider: `tests/sandbox/providers/<slug>.py` defines `SandboxProvider`."""

from __future__ import annotations

import importlib

from tests.registry import SLUGS

from ..core import Provider

__all__ = ["SLUGS", "provider_class"]


def provider_class(slug: str) -> type[Provider]:
    if slug not in SLUGS:
        raise KeyError(f"unknown provider {slug!r}; known: {', '.join(SLUGS)}")
    module = importlib.import_module(f"{__name__}.{slug}")
    cls: object = module.SandboxProvider
    assert isinstance(cls, type)
    assert issubclass(cls, Provider)
    return cls
