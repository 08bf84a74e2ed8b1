"""The JWT cache: minted once, reused until shortly before expiry, single-flight, replaced after a 401."""

from __future__ import annotations

import asyncio
import email.utils
import threading
import time

import httpx
import jwt
import pytest

from auth_plugins import halogen
from auth_plugins._core import Clock, FrozenClock, Outcome, Token, TokenStore
from tests.unit.test_halogen_jwt import ec_vector_key, rsa_vector_key

START = 1_767_225_600.0


class CountingSigner(halogen.HalogenAuth):
    """Counts mints and makes each one slow, so concurrent callers really overlap."""

    def __init__(self, *args: object, delay: float = 0.0, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.delay = delay
        self.mints = 0
        self._count_lock = threading.Lock()

    def mint(self, _previous: Token | None = None) -> Token:
        with self._count_lock:
            self.mints += 1
        time.sleep(self.delay)
        return super().mint(_previous)


def make_signer(
    key_id: str = "key_cache",
    *,
    clock: Clock | None = None,
    ttl: int = 300,
    delay: float = 0.0,
    rsa: bool = False,
) -> CountingSigner:
    creds = halogen.Credentials(key_id, rsa_vector_key() if rsa else ec_vector_key())
    store = TokenStore(clock if clock is not None else FrozenClock(START), leeway=halogen.leeway_for(ttl))
    return CountingSigner(creds, store, ttl=ttl, delay=delay)


def bearer(signer: halogen.HalogenAuth) -> str:
    request = httpx.Request(
        "POST", "https://wallet.invalid/query", json={"name": "get_profile", "payload": {}}
    )
    signer.sign(request, None)
    value = request.headers["Authorization"]
    assert value.startswith("Bearer ")
    return value.removeprefix("Bearer ")


def claims_of(token: str) -> dict[str, object]:
    decoded: dict[str, object] = jwt.decode(token, options={"verify_signature": False})
    return decoded


@pytest.mark.parametrize("use_rsa", [False, True], ids=["ES256", "RS256"])
def test_one_mint_for_many_calls(use_rsa: bool) -> None:
    signer = make_signer(rsa=use_rsa)
    tokens = {bearer(signer) for _ in range(200)}
    assert len(tokens) == 1
    assert signer.mints == 1
    assert claims_of(tokens.pop())["iat"] == int(START)


@pytest.mark.checklist(13, "halogen proactive re-mint at leeway", expected="one new token")
@pytest.mark.parametrize(("ttl", "leeway"), [(300, 60), (60, 12)])
def test_re_minted_shortly_before_expiry(ttl: int, leeway: int) -> None:
    clock = FrozenClock(START)
    signer = make_signer(clock=clock, ttl=ttl)
    first = bearer(signer)
    clock.advance(ttl - leeway - 1)
    assert bearer(signer) == first
    assert signer.mints == 1
    clock.advance(1)
    second = bearer(signer)
    assert second != first
    assert signer.mints == 2
    assert claims_of(second)["iat"] == int(START) + ttl - leeway
    assert claims_of(second)["exp"] == int(START) + 2 * ttl - leeway
    assert claims_of(second)["jti"] != claims_of(first)["jti"]


@pytest.mark.checklist(13, "halogen: 20 threads on an expired JWT", expected="one mint")
def test_single_flight_across_threads() -> None:
    clock = FrozenClock(START)
    signer = make_signer(clock=clock, delay=0.05)
    bearer(signer)
    clock.advance(600)  # expired
    barrier = threading.Barrier(20)
    seen: list[str] = []

    def worker() -> None:
        barrier.wait()
        seen.append(bearer(signer))

    threads = [threading.Thread(target=worker) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert len(seen) == 20
    assert len(set(seen)) == 1
    assert signer.mints == 2


@pytest.mark.checklist(13, "halogen: 20 tasks on an expired JWT", expected="one mint")
@pytest.mark.anyio
async def test_single_flight_across_tasks() -> None:
    signer = make_signer(delay=0.05)

    async def one() -> str:
        request = httpx.Request("POST", "https://wallet.invalid/query")
        await signer.asign(request, None)
        return request.headers["Authorization"]

    results = await asyncio.gather(*(one() for _ in range(20)))
    assert len(set(results)) == 1
    assert signer.mints == 1


def _rejection(
    request_token: str, date: float | None = None
) -> tuple[httpx.Request, httpx.Response, Outcome]:
    request = httpx.Request(
        "POST", "https://wallet.invalid/query", headers={"Authorization": f"Bearer {request_token}"}
    )
    headers = {"Date": email.utils.formatdate(date, usegmt=True)} if date is not None else {}
    response = httpx.Response(401, headers=headers, json={"code": "unauthorized"}, request=request)
    return request, response, Outcome(status=401, ok=False, message="Invalid or missing API token")


@pytest.mark.checklist(14, "halogen 401 forgets the JWT and re-mints once", expected="new token")
def test_401_invalidates_only_the_rejected_token() -> None:
    signer = make_signer()
    first = bearer(signer)
    assert signer.recover_unauthorized(*_rejection(first)) is True
    second = bearer(signer)
    assert second != first
    assert signer.mints == 2
    # A late 401 for the old token must not throw away the new one.
    assert signer.recover_unauthorized(*_rejection(first)) is True
    assert bearer(signer) == second
    assert signer.mints == 2


@pytest.mark.checklist(14, "halogen server clock ahead: adopted on 401", expected="token in server time")
def test_401_adopts_the_server_clock_for_the_next_token() -> None:
    clock = Clock()
    signer = make_signer(clock=clock)
    first = bearer(signer)
    server_now = time.time() + 250  # our token expired by the server's clock (within the 300 s cap)
    assert signer.recover_unauthorized(*_rejection(first, date=server_now)) is True
    assert clock.offset == pytest.approx(250, abs=2)
    iat = claims_of(bearer(signer))["iat"]
    assert isinstance(iat, int)
    assert abs(iat - server_now) <= 2


def test_stores_are_shared_per_credentials_clock_and_ttl() -> None:
    key = ec_vector_key()
    a = halogen.Credentials("key_shared", key)
    b = halogen.Credentials("key_shared", key)
    assert halogen.token_store(a) is halogen.token_store(b)
    assert halogen.token_store(a) is not halogen.token_store(halogen.Credentials("key_other", key))
    frozen = FrozenClock(START)
    assert halogen.token_store(a, clock=frozen) is not halogen.token_store(a)
    assert halogen.token_store(a, ttl=60) is not halogen.token_store(a)
    assert halogen.token_store(a, ttl=60).leeway == 12


def test_signers_of_one_store_share_one_token() -> None:
    creds = halogen.Credentials("key_two_signers", ec_vector_key())
    clock = FrozenClock(START)
    store = halogen.token_store(creds, clock=clock)
    first = halogen.HalogenAuth(creds, store)
    second = halogen.HalogenAuth(creds, store)
    assert bearer(first) == bearer(second)
    assert store.renewals == 1
