"""Each `auth_plugins.<slug>` facade: its typed imports equal its lazy map, and nothing loads early."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from tests.registry import SLUGS

PACKAGE = Path(__file__).resolve().parents[2] / "auth_plugins" / "src" / "auth_plugins"


def _typed_imports(slug: str) -> set[tuple[str, str]]:
    """(module, name) of every `from <module> import <name> as <name>` under `if TYPE_CHECKING:`."""
    tree = ast.parse((PACKAGE / slug / "__init__.py").read_text("utf-8"))
    found: set[tuple[str, str]] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for stmt in node.body:
                assert isinstance(stmt, ast.ImportFrom), (
                    "only typed re-exports belong in the TYPE_CHECKING block"
                )
                for alias in stmt.names:
                    assert alias.asname == alias.name, f"{alias.name}: re-export as itself (mypy)"
                    found.add(("." * stmt.level + (stmt.module or ""), alias.name))
    return found


@pytest.mark.parametrize("slug", SLUGS)
def test_facade_typed_imports_equal_its_lazy_map(slug: str) -> None:
    facade = importlib.import_module(f"auth_plugins.{slug}")
    typed = _typed_imports(slug)
    assert sorted(name for _, name in typed) == sorted(facade.__all__)
    for module, name in typed:
        assert getattr(facade, name) is getattr(importlib.import_module(module, facade.__name__), name)
    assert set(facade.__all__) <= set(dir(facade))
    with pytest.raises(AttributeError, match="no attribute 'not_a_name'"):
        _ = facade.not_a_name


@pytest.mark.parametrize("slug", SLUGS)
def test_import_loads_nothing_until_first_use(slug: str) -> None:
    code = (
        f"import sys, auth_plugins.{slug} as p\n"
        f"assert not [m for m in sys.modules if m.startswith('auth_plugins.{slug}.')]\n"
        "assert 'httpx' not in sys.modules and 'attrs' not in sys.modules\n"
        "p.Credentials\n"
        f"assert 'auth_plugins.{slug}._credentials' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_errors_load_on_first_use() -> None:
    code = (
        "import sys, auth_plugins\n"
        "assert 'auth_plugins.errors' not in sys.modules\n"
        "assert auth_plugins.errors.ApiError.__name__ == 'ApiError'\n"
        "assert 'errors' in auth_plugins.__all__\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
