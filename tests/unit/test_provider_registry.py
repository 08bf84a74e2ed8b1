"""Every provider in specs/ has every part it needs, and the core names none of them.

The list of providers is derived (`tests/registry.py`); this is the one place that says what a
provider consists of, so adding one and forgetting a part fails here, by name.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from auth_plugins._core import Provider
from tests.registry import ROOT, SLUGS

CORE = ROOT / "auth_plugins" / "src" / "auth_plugins" / "_core"


def test_there_are_providers() -> None:
    assert len(SLUGS) >= 5


@pytest.mark.parametrize("slug", SLUGS)
def test_the_plugin_declares_the_provider_with_the_kit(slug: str) -> None:
    module = importlib.import_module(f"auth_plugins.{slug}")
    declared = module.provider
    assert isinstance(declared, Provider)
    assert declared.slug == slug
    assert declared.operations.operations, "the operations manifest is empty"
    for name in ("Credentials", "client", "transport", "async_transport"):
        assert name in module.__all__, f"auth_plugins.{slug} must export {name}"
    assert module.client.__name__ == "client"


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize(
    "part",
    [
        "generated/{slug}-client/GENERATED.json",
        "specs/{slug}/SOURCE.md",
        "specs/{slug}/codegen.yaml",
        "auth_plugins/src/auth_plugins/_ops/{slug}.json",
        "tests/sandbox/providers/{slug}.py",
        "tests/vectors/{slug}.json",
        "tests/e2e/test_{slug}.py",
    ],
)
def test_every_part_of_a_provider_exists(slug: str, part: str) -> None:
    assert (ROOT / part.format(slug=slug)).is_file(), part.format(slug=slug)


@pytest.mark.parametrize("slug", SLUGS)
def test_the_sandbox_and_the_reliability_matrix_know_the_provider(slug: str) -> None:
    from tests.reliability.providers import FACTORIES
    from tests.sandbox.providers import provider_class

    assert provider_class(slug).slug == slug
    assert slug in FACTORIES, f"tests/reliability/providers.py needs a _{slug}() factory"


def test_the_core_names_no_provider() -> None:
    for path in sorted(CORE.glob("*.py")):
        text = path.read_text("utf-8").lower()
        named = [slug for slug in SLUGS if slug in text]
        assert not named, f"{Path(path).name} names {named}: declare it in the provider instead"
