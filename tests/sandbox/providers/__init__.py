"""One simulator per provider; `REGISTRY` maps slug → Provider subclass."""

from __future__ import annotations

import importlib

from ..core import Provider

SLUGS = ("payinout", "htp", "tradecrm", "halogen", "idnpartner")


def provider_class(slug: str) -> type[Provider]:
    if slug not in SLUGS:
        raise KeyError(f"unknown provider {slug!r}; known: {', '.join(SLUGS)}")
    module = importlib.import_module(f"{__name__}.{slug}")
    cls: object = module.SandboxProvider
    assert isinstance(cls, type)
    assert issubclass(cls, Provider)
    return cls
