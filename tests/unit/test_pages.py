"""`paginate` for a list that pages through its body (payinout `list_disputes`), and the manifest
carrying every spec's `x-pagination`."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from payinout_client.api.disputes import list_disputes
from payinout_client.models import DisputeListRequest

import auth_plugins
from auth_plugins import payinout
from auth_plugins._core._operations import OperationTable
from auth_plugins.errors import ConfigurationError
from tests.registry import SLUGS
from tests.sandbox.core import load_spec

CREDS = payinout.Credentials(token="tk", email="m@example.test", secret="sk")


def _dispute(n: int) -> dict[str, Any]:
    return {
        "id": f"dp_{n}",
        "payment_id": "pi_1",
        "status": "open",
        "reason": "fraud",
        "amount": 1,
        "currency": "USD",
        "created_at": 1767225900,
    }


def test_body_paging_sets_the_page_fields_of_the_body() -> None:
    seen: list[dict[str, Any]] = []

    def server(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        seen.append(body)
        start = (body["page"] - 1) * body["page_size"]
        items = [_dispute(n) for n in range(start, min(start + body["page_size"], 5))]
        return httpx.Response(
            200, json={"items": items, "page": body["page"], "page_size": body["page_size"], "total": 5}
        )

    with payinout.client(CREDS, base_url="https://pay.invalid", transport=httpx.MockTransport(server)) as c:
        found = auth_plugins.paginate(
            list_disputes, client=c, page_size=2, body=DisputeListRequest.from_dict({"status": "open"})
        )
        assert [d.id for d in found] == [f"dp_{n}" for n in range(5)]
        with pytest.raises(ConfigurationError, match="body="):
            next(auth_plugins.paginate(list_disputes, client=c))
    assert [(b["page"], b["page_size"], b["status"]) for b in seen] == [
        (1, 2, "open"),
        (2, 2, "open"),
        (3, 2, "open"),
    ]


@pytest.mark.parametrize("slug", SLUGS)
def test_manifest_carries_every_x_pagination(slug: str) -> None:
    spec = load_spec(slug)
    declared = {
        op["operationId"]: {k: v for k, v in op["x-pagination"].items() if not k.startswith("x-")}
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "x-pagination" in op
    }
    table = OperationTable.load(slug)
    carried = {op.id: op.extra["pagination"] for op in table.operations if "pagination" in op.extra}
    assert carried == declared
    for op in table.operations:  # an operation with page/page_size parameters but no x-pagination?
        raw = next(
            o
            for i in spec["paths"].values()
            for o in i.values()
            if isinstance(o, dict) and o.get("operationId") == op.id
        )
        names = {
            p.get("name") or p.get("$ref", "").rsplit("/", 1)[-1].lower() for p in raw.get("parameters", [])
        }
        if "page" in names:
            assert op.id in declared, f"{slug}: {op.id} has a page parameter but no x-pagination"
