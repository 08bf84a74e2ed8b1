"""Each `auth_plugins.<slug>` facade exports exactly its implementation's names, lazily."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

SLUGS = ["halogen", "htp", "idnpartner", "payinout", "tradecrm"]


@pytest.mark.parametrize("slug", SLUGS)
def test_facade_exports_match_the_implementation(slug: str) -> None:
    facade = importlib.import_module(f"auth_plugins.{slug}")
    impl = importlib.import_module(f"auth_plugins.{slug}._impl")
    assert sorted(facade.__all__) == sorted(impl.__all__)  # the two lists cannot drift apart
    for name in facade.__all__:
        assert getattr(facade, name) is getattr(impl, name)
    assert set(facade.__all__) <= set(dir(facade))
    with pytest.raises(AttributeError, match="no attribute 'not_a_name'"):
        _ = facade.not_a_name


@pytest.mark.parametrize("slug", SLUGS)
def test_import_loads_no_implementation_until_first_use(slug: str) -> None:
    code = (
        f"import sys, auth_plugins.{slug} as p\n"
        f"assert 'auth_plugins.{slug}._impl' not in sys.modules\n"
        "assert 'httpx' not in sys.modules and 'attrs' not in sys.modules\n"
        "p.Credentials\n"
        f"assert 'auth_plugins.{slug}._impl' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
