"""What every generated client shows a user: discoverable operations, per-call options in help()."""

from __future__ import annotations

import importlib
import inspect
import pydoc

import pytest

from tests.registry import SLUGS


@pytest.mark.parametrize("slug", SLUGS)
def test_api_lists_its_tags_and_each_tag_its_operations(slug: str) -> None:
    api = importlib.import_module(f"{slug}_client.api")
    assert api.__all__
    assert set(api.__all__) <= set(dir(api))
    for tag in api.__all__:
        module = getattr(api, tag)
        assert module.__all__, f"{slug}.api.{tag} lists no operations"
        assert set(module.__all__) <= set(dir(module))
        for name in module.__all__:
            operation = getattr(module, name)
            for fn in ("sync_detailed", "asyncio_detailed"):
                params = inspect.signature(getattr(operation, fn)).parameters
                for option in ("extra_headers", "timeout", "max_retries"):
                    assert params[option].kind is inspect.Parameter.KEYWORD_ONLY, (name, fn, option)
    with pytest.raises(AttributeError):
        _ = api.not_a_tag


def test_help_shows_the_summary_and_the_per_call_options() -> None:
    from payinout_client.api.pay_in import create_payin

    text = pydoc.render_doc(create_payin.sync, renderer=pydoc.TextDoc())
    assert "Create a PayIn (deposit) request" in text
    assert "Per-call options" in text
    assert "max_retries" in text
    from payinout_client.models import PayInResponse

    assert inspect.signature(create_payin.sync).return_annotation in ("PayInResponse", PayInResponse)
