"""Assembling retry → envelope → signing → HTTP, and wiring it into a generated client.

Provider modules call `build_transport` / `build_async_transport` / `wire_client` with their
profile and signer; they never write their own loop.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import attrs
import httpx

from ..errors import ConfigurationError
from ._backchannel import Backchannel
from ._clock import AsyncSleeper, Sleeper, default_async_sleep, default_sleep
from ._envelope import AsyncEnvelopeTransport, EnvelopeTransport
from ._httpx_compat import disable_cookie_jar as _without_cookie_jar
from ._observe import AsyncObservingTransport, Observer, ObservingTransport, RequestHook, ResponseHook
from ._operations import OperationTable
from ._outcome import Classifier
from ._policy import RetryPolicy
from ._redact import SENSITIVE_HEADERS
from ._retry import AsyncRetryTransport, RetryTransport
from ._signing import AuthPolicy, Signing, origin_of
from ._telemetry import Telemetry

__all__ = [
    "DEFAULT_TIMEOUT",
    "GeneratedClient",
    "Profile",
    "StackOptions",
    "build_async_transport",
    "build_transport",
    "make_client",
    "wire_client",
]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)


@attrs.frozen
class Profile:
    """What the stack needs of a provider at run time (built by its `Provider` declaration).

    `credential_headers` are the headers its policy sets: stripped from any request to another
    origin, on top of the generic ones every provider shares (`_redact.SENSITIVE_HEADERS`).
    """

    slug: str
    classifier: Classifier
    operations: OperationTable
    idempotency_headers: tuple[str, ...] = ()
    credential_headers: frozenset[str] = frozenset()
    owned_headers: frozenset[str] = frozenset()

    def policy_headers(self) -> frozenset[str]:
        """Headers a call may not set through `extra_headers`: the policy sets them."""
        return SENSITIVE_HEADERS | self.credential_headers | self.owned_headers


@attrs.frozen
class StackOptions:
    """The options of one stack, validated (the typed keywords users pass are `_kit.Options`)."""

    base_url: str
    retries: int = 2
    raise_errors: bool = True
    timeout: httpx.Timeout = DEFAULT_TIMEOUT
    verify: ssl.SSLContext | str | bool = True
    policy: RetryPolicy | None = None
    sleep: Sleeper = default_sleep
    async_sleep: AsyncSleeper = default_async_sleep
    headers: dict[str, str] = attrs.field(factory=dict)
    on_request: RequestHook | None = None
    on_response: ResponseHook | None = None
    propagate_trace_context: bool = False
    tracer_provider: object | None = None
    meter_provider: object | None = None

    def telemetry(self, slug: str) -> Telemetry:
        return Telemetry(
            slug,
            self.base_url,
            tracer_provider=self.tracer_provider,
            meter_provider=self.meter_provider,
            propagate=self.propagate_trace_context,
        )

    def retry_policy(self) -> RetryPolicy:
        """`policy` when given (its own max_retries wins), else the defaults with `retries`."""
        return self.policy if self.policy is not None else RetryPolicy(max_retries=self.retries)


def _check_timeout(timeout: httpx.Timeout) -> None:
    if None in (timeout.connect, timeout.read, timeout.write, timeout.pool):
        raise ValueError("timeouts may not be None: a payment call must not hang forever")


def _observer(options: StackOptions, profile: Profile) -> Observer | None:
    if options.on_request is None and options.on_response is None:
        return None
    sensitive = SENSITIVE_HEADERS | profile.credential_headers
    return Observer(
        options.on_request, options.on_response, sensitive, options.retry_policy().max_response_bytes
    )


def _observed(inner: httpx.BaseTransport, options: StackOptions, profile: Profile) -> httpx.BaseTransport:
    """The user's wire hooks go just above HTTP, so they see signed, encrypted attempts (and never
    the policy's own token requests, whose answers hold tokens)."""
    observer = _observer(options, profile)
    return inner if observer is None else ObservingTransport(inner, observer)


def _aobserved(
    inner: httpx.AsyncBaseTransport, options: StackOptions, profile: Profile
) -> httpx.AsyncBaseTransport:
    observer = _observer(options, profile)
    return inner if observer is None else AsyncObservingTransport(inner, observer)


def build_transport(
    profile: Profile,
    signer: AuthPolicy,
    options: StackOptions,
    inner: httpx.BaseTransport | None = None,
    *,
    owner: bool = True,
) -> httpx.BaseTransport:
    inner = inner if inner is not None else httpx.HTTPTransport(verify=options.verify, retries=0)
    origin = origin_of(httpx.URL(options.base_url))
    policy = options.retry_policy()
    raw = EnvelopeTransport(
        inner, profile.classifier, rewrite_status=False, max_bytes=policy.max_response_bytes
    )
    signer.attach(channel=Backchannel(options.base_url, options.timeout, send=raw.handle_request))
    return RetryTransport(
        _observed(inner, options, profile),
        signing=Signing(signer, origin, profile.credential_headers),
        classifier=profile.classifier,
        operations=profile.operations,
        policy=policy,
        raise_errors=options.raise_errors,
        idempotency_headers=profile.idempotency_headers,
        sleep=options.sleep,
        label=profile.slug,
        closes_policy=owner,
        owned_headers=profile.policy_headers(),
        telemetry=options.telemetry(profile.slug),
    )


def build_async_transport(
    profile: Profile,
    signer: AuthPolicy,
    options: StackOptions,
    inner: httpx.AsyncBaseTransport | None = None,
    *,
    owner: bool = True,
) -> httpx.AsyncBaseTransport:
    inner = inner if inner is not None else httpx.AsyncHTTPTransport(verify=options.verify, retries=0)
    origin = origin_of(httpx.URL(options.base_url))
    policy = options.retry_policy()
    raw = AsyncEnvelopeTransport(
        inner, profile.classifier, rewrite_status=False, max_bytes=policy.max_response_bytes
    )
    signer.attach(achannel=Backchannel(options.base_url, options.timeout, asend=raw.handle_async_request))
    return AsyncRetryTransport(
        _aobserved(inner, options, profile),
        signing=Signing(signer, origin, profile.credential_headers),
        classifier=profile.classifier,
        operations=profile.operations,
        policy=policy,
        raise_errors=options.raise_errors,
        idempotency_headers=profile.idempotency_headers,
        sleep=options.async_sleep,
        label=profile.slug,
        closes_policy=owner,
        owned_headers=profile.policy_headers(),
        telemetry=options.telemetry(profile.slug),
    )


class GeneratedClient(Protocol):
    def set_httpx_client(self, client: httpx.Client) -> Any: ...
    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Any: ...


C = TypeVar("C", bound=GeneratedClient)


class _Borrowed(httpx.BaseTransport):
    """A copy's view of its original's connection pool: closing the copy leaves the pool open."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(request)


class _AsyncBorrowed(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(request)


def _http_transports(
    options: StackOptions,
    transport: httpx.BaseTransport | None,
    async_transport: httpx.AsyncBaseTransport | None,
) -> tuple[httpx.BaseTransport, httpx.AsyncBaseTransport]:
    """The innermost HTTP transports: the caller's, or new ones sharing one SSL context (TLS
    verification on unless the caller's `verify` says otherwise)."""
    if transport is not None and async_transport is not None:
        return transport, async_transport
    verify = options.verify
    if verify is True or isinstance(verify, str):
        verify = ssl.create_default_context(cafile=verify if isinstance(verify, str) else None)
    return (
        transport or httpx.HTTPTransport(verify=verify, retries=0),
        async_transport or httpx.AsyncHTTPTransport(verify=verify, retries=0),
    )


def wire_client(
    client: C,
    profile: Profile,
    signer: AuthPolicy,
    options: StackOptions,
    *,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    owner: bool = True,
) -> C:
    """Give a generated client sync and async httpx clients that run through the stack.

    Redirects are not followed; one SSL context is shared by both transports; no cookie jar.
    `owner=False` for a copy (`with_headers()`...): it borrows the original's transports and
    policy, and closing it closes neither.
    """
    _check_timeout(options.timeout)
    transport, async_transport = _http_transports(options, transport, async_transport)
    common: dict[str, Any] = {
        "base_url": options.base_url,
        "timeout": options.timeout,
        "follow_redirects": False,
        "headers": options.headers,
    }
    sync_inner = transport if owner else _Borrowed(transport)
    async_inner = async_transport if owner else _AsyncBorrowed(async_transport)
    sync_client = httpx.Client(
        transport=build_transport(profile, signer, options, sync_inner, owner=owner), **common
    )
    async_client = httpx.AsyncClient(
        transport=build_async_transport(profile, signer, options, async_inner, owner=owner), **common
    )
    _without_cookie_jar(sync_client)
    _without_cookie_jar(async_client)
    client.set_httpx_client(sync_client)
    client.set_async_httpx_client(async_client)
    return client


def _deriver(
    profile: Profile,
    signer: AuthPolicy,
    options: StackOptions,
    transport: httpx.BaseTransport,
    async_transport: httpx.AsyncBaseTransport,
) -> Callable[[Any, dict[str, Any]], None]:
    """The generated client's `derive` hook: its copies run through this same stack."""

    def derive(copy: Any, changes: dict[str, Any]) -> None:
        if changes.get("cookies"):
            raise ConfigurationError(
                "with_cookies(): these clients keep no cookie jar (no provider uses cookies)"
            )
        values: dict[str, Any] = {"headers": dict(changes.get("headers") or {})}
        if changes.get("timeout") is not None:
            values["timeout"] = changes["timeout"]
        retries = changes.get("max_retries")
        if retries is not None:
            if options.policy is not None:
                values["policy"] = attrs.evolve(options.policy, max_retries=retries)
            else:
                values["retries"] = retries
        wire_client(
            copy,
            profile,
            signer,
            attrs.evolve(options, **values),
            transport=transport,
            async_transport=async_transport,
            owner=False,
        )

    return derive


def make_client(
    client_cls: Callable[..., C],
    profile: Profile,
    signer: AuthPolicy,
    options: StackOptions,
    *,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> C:
    """Build a generated `AuthenticatedClient` and wire the stack into it.

    `AuthenticatedClient` because operations with their own `security` are typed to accept only
    it. Its `token` stays empty: authentication happens in the transport, and the generated
    client never builds its own httpx client once ours are set. Its copies (`with_headers()`,
    `with_timeout()`, `with_options()`) go through its `derive` hook, so they keep the stack.
    """
    _check_timeout(options.timeout)
    transport, async_transport = _http_transports(options, transport, async_transport)
    generated = client_cls(
        base_url=options.base_url,
        token="",
        raise_on_unexpected_status=True,
        timeout=options.timeout,
        headers=dict(options.headers),
        follow_redirects=False,
        derive=_deriver(profile, signer, options, transport, async_transport),
    )
    return wire_client(
        generated, profile, signer, options, transport=transport, async_transport=async_transport
    )
