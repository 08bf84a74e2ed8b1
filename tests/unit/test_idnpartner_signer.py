"""idnpartner per-call and per-attempt headers over httpx.MockTransport: x-request-id, the Bearer per
token kind, x-user-token, x-language and the request_hook hook."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from auth_plugins import idnpartner
from auth_plugins._core import FrozenClock, Profile, Token, classify_http_json
from auth_plugins.errors import ConfigurationError, ServerError
from tests.unit.test_idnpartner_support import (
    BASE,
    CREDS,
    START,
    TABLE,
    FakeServer,
    async_client,
    error,
    logged_in,
    snapshot,
    sync_client,
)

VECTORS = json.loads((Path(__file__).parents[1] / "vectors" / "idnpartner.json").read_text("utf-8"))


def _ids(requests: list[httpx.Request]) -> list[str]:
    return [r.headers["x-request-id"] for r in requests]


def test_request_id_is_a_fresh_uuid4_per_call() -> None:
    fake = FakeServer()
    with sync_client(fake, logged_in()) as c:
        for _ in range(3):
            c.get("/v1/banks")
    ids = _ids(fake.requests)
    assert len(set(ids)) == 3
    assert all(uuid.UUID(i).version == 4 for i in ids)
    assert all(uuid.UUID(i).variant == uuid.RFC_4122 and str(uuid.UUID(i)) == i for i in ids)


def test_request_ids_stay_unique_uuid4_across_batches_and_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from auth_plugins.idnpartner._request_ids import RequestIds

    ids = RequestIds(batch=8)  # 1,000 ids: 125 draws, taken by 8 threads at once
    with ThreadPoolExecutor(8) as pool:
        taken = list(pool.map(lambda _: ids.take(), range(1000)))
    assert len(set(taken)) == 1000
    assert all(uuid.UUID(i.decode()).version == 4 and str(uuid.UUID(i.decode())).encode() == i for i in taken)


def test_request_id_text_is_uuid4_of_the_random_bytes_drawn() -> None:
    """Every random bit is kept but the six a UUID4 fixes: the text `uuid` makes of the same bytes."""
    from auth_plugins.idnpartner._request_ids import _uuid4_texts

    draws = [bytes(16), b"\xff" * 16, bytes(range(16)), os.urandom(16 * 64)]
    for random in draws:
        expected = [
            str(uuid.UUID(bytes=random[at : at + 16], version=4)).encode() for at in range(0, len(random), 16)
        ]
        assert _uuid4_texts(random) == expected


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_never_sends_its_parents_next_request_id() -> None:
    from auth_plugins.idnpartner._request_ids import RequestIds

    ids = RequestIds(batch=64)
    ids.take()  # the parent now holds 63 ready ids
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report its next id and leave at once
        os.write(write, ids.take())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    child = os.read(read, 64)
    os.close(read)
    parent = [ids.take() for _ in range(63)]
    assert uuid.UUID(child.decode()).version == 4
    assert child not in parent


def test_request_id_is_kept_on_every_retry_of_a_call() -> None:
    fake = FakeServer()
    fake.script = [error(503, "internal_error", **{"Retry-After": "0"}), error(500, "internal_error")]
    with sync_client(fake, logged_in()) as c:
        assert c.get("/v1/banks").status_code == 200
        c.get("/v1/banks")
    first_call, second_call = _ids(fake.requests[:3]), _ids(fake.requests[3:])
    assert len(set(first_call)) == 1
    assert second_call[0] not in first_call


@pytest.mark.anyio
async def test_request_id_kept_on_retry_async() -> None:
    fake = FakeServer()
    fake.script = [error(503, "internal_error", **{"Retry-After": "0"})]
    async with async_client(fake, logged_in()) as c:
        assert (await c.post("/v1/transfers", json={"amount": 1})).status_code == 201
        await c.post("/v1/transfers", json={"amount": 1})
    ids = _ids(fake.requests)
    assert ids[0] == ids[1] != ids[2]


def test_a_default_request_id_header_is_never_reused() -> None:
    fake = FakeServer()
    with sync_client(fake, logged_in(), headers={"x-request-id": "fixed"}) as c:
        c.get("/v1/banks")
        c.get("/v1/banks")
    ids = _ids(fake.requests)
    assert "fixed" not in ids
    assert ids[0] != ids[1]


def test_request_id_makes_a_post_retryable_after_500() -> None:
    """POST /v1/transfers is not x-idempotent: only the x-request-id makes a resend safe."""
    fake = FakeServer()
    fake.script = [error(500, "internal_error")]
    with sync_client(fake, logged_in()) as c:
        assert c.post("/v1/transfers", json={"amount": 1}).status_code == 201
    assert len(fake.requests) == 2
    assert len(set(_ids(fake.requests))) == 1

    # Control: the same stack without the request-id rule leaves the POST alone.
    bare = Profile("idnpartner", classify_http_json, TABLE, ())
    fake = FakeServer()
    fake.script = [error(500, "internal_error")]
    with sync_client(fake, logged_in(), profile=bare) as c, pytest.raises(ServerError):
        c.post("/v1/transfers", json={"amount": 1})
    assert len(fake.requests) == 1


def test_plugin_profile_retries_a_transfer_post_with_the_same_id() -> None:
    """The same through the public transport() and the spec manifest."""
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(snapshot(request))
        if len(seen) == 1:
            return error(500, "internal_error")
        return httpx.Response(201, json={"ok": True})

    t = idnpartner.transport(
        CREDS,
        base_url=BASE,
        session=logged_in(),
        inner=httpx.MockTransport(server),
        sleep=lambda s: None,
    )
    with httpx.Client(transport=t, base_url=BASE) as c:
        assert c.post("/v1/transfers", json={"amount": 1}).status_code == 201
    assert [r.url.path for r in seen] == ["/v1/transfers"] * 2
    assert seen[0].headers["x-request-id"] == seen[1].headers["x-request-id"]


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda c: c["operation"])
def test_vectors_token_routing_per_token_kind(case: dict[str, Any]) -> None:
    """Every spec operation gets the Bearer its x-token-kind names, and x-user-token only if scoped."""
    tokens = VECTORS["tokens"]
    session = idnpartner.Session(FrozenClock(START))
    session.begin(Token(tokens["user"], START + 86400))
    session.adopt(
        access=Token(tokens["access"], START + 900),
        refresh=Token(tokens["refresh"], START + 604800),
    )
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    creds = idnpartner.Credentials(app_key=VECTORS["app_key"])
    t = idnpartner.transport(creds, base_url=BASE, session=session, inner=httpx.MockTransport(server))
    with httpx.Client(transport=t, base_url=BASE) as c:
        c.request(case["method"], case["path"], json=case.get("json"))
    (req,) = seen
    assert req.headers["x-app-key"] == VECTORS["app_key"]
    if case["bearer"] is None:
        assert "authorization" not in req.headers
    else:
        assert req.headers["authorization"] == f"Bearer {tokens[case['bearer']]}"
    assert req.headers.get("x-user-token") == (tokens["user"] if case["x_user_token"] else None)
    assert uuid.UUID(req.headers["x-request-id"]).version == 4


def test_x_user_token_never_reaches_an_operation_that_is_not_user_scoped() -> None:
    fake = FakeServer()
    session = logged_in()
    with sync_client(fake, session, headers={"x-user-token": "ut-1", "authorization": "Bearer leak"}) as c:
        c.get("/v1/banks")
        c.post("/v1/auth/user", json={"username": "u", "password": "p"})
        c.get("/v1/users/me")
    banks, auth, me = fake.requests
    assert "x-user-token" not in banks.headers
    assert banks.headers["authorization"] == "Bearer at-1"
    assert "x-user-token" not in auth.headers
    assert "authorization" not in auth.headers
    assert me.headers["x-user-token"] == "ut-1"


@pytest.mark.anyio
async def test_token_routing_async() -> None:
    fake = FakeServer()
    async with async_client(fake, logged_in()) as c:
        await c.get("/v1/users/me")
        await c.post("/v1/auth/token")
        await c.post("/v1/auth/token/access")
    me, issue, renew = fake.requests
    assert (me.headers["authorization"], me.headers["x-user-token"]) == ("Bearer at-1", "ut-1")
    assert issue.headers["authorization"] == "Bearer ut-1"
    assert renew.headers["authorization"] == "Bearer rt-1"
    assert "x-user-token" not in issue.headers
    assert "x-user-token" not in renew.headers


def test_language_none_leaves_the_header_out() -> None:
    fake = FakeServer()
    with sync_client(fake, logged_in()) as c:
        c.get("/v1/banks")
    assert "x-language" not in fake.requests[0].headers


def test_language_is_sent_on_calls_and_renewals_and_a_call_can_override_it() -> None:
    fake = FakeServer()
    fake.access.clear()  # at-1 is refused: the renewal request must carry the language too
    with sync_client(fake, logged_in(), language="en") as c:
        c.get("/v1/banks")
        c.get("/v1/banks", headers={"x-language": "id"})
    assert [r.headers.get("x-language") for r in fake.requests] == ["en", "en", "en", "id"]
    assert fake.paths()[1] == "/v1/auth/token/access"


@pytest.mark.parametrize("language", ["fr", "ID", "", 1])
def test_unknown_language_is_rejected_at_construction(language: Any) -> None:
    with pytest.raises(ConfigurationError, match="language"):
        idnpartner.client(CREDS, base_url=BASE, language=language)


def test_request_hook_runs_on_every_attempt_after_all_headers() -> None:
    fake = FakeServer()
    fake.script = [error(503, "internal_error", **{"Retry-After": "0"})]
    calls: list[dict[str, str]] = []

    def hook(request: httpx.Request) -> None:
        calls.append(dict(request.headers))
        request.headers["x-signature"] = f"sig-{len(calls)}"

    with sync_client(fake, logged_in(), request_hook=hook) as c:
        c.post("/v1/transfers", json={"amount": 1})
    assert len(calls) == len(fake.requests) == 2
    assert [r.headers["x-signature"] for r in fake.requests] == ["sig-1", "sig-2"]
    for seen in calls:
        assert seen["authorization"] == "Bearer at-1"
        assert seen["x-user-token"] == "ut-1"
        assert seen["x-request-id"] == fake.requests[0].headers["x-request-id"]


@pytest.mark.anyio
async def test_request_hook_also_signs_the_plugins_own_token_requests() -> None:
    fake = FakeServer()
    fake.access.clear()
    signed: list[str] = []
    async with async_client(fake, logged_in(), request_hook=lambda r: signed.append(r.url.path)) as c:
        await c.get("/v1/banks")
    assert signed == fake.paths() == ["/v1/banks", "/v1/auth/token/access", "/v1/banks"]


def test_no_signature_is_invented_by_default() -> None:
    fake = FakeServer()
    with sync_client(fake, logged_in()) as c:
        c.post("/v1/transfers", json={"amount": 1})
    sent = {k.lower() for k in fake.requests[0].headers}
    assert not {h for h in sent if "sig" in h}
    assert sent >= {"x-app-key", "x-request-id", "authorization", "x-user-token"}
