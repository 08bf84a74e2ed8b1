"""The provider kit: a provider is declared once and gets `transport()`, `async_transport()` and
`client()` with the same typed keyword options as every other provider.

A provider module writes only what is really its own:
- `Credentials` and an `AuthPolicy` subclass (signing, tokens, encryption);
- a `configure(credentials, *, base_url, <its own extras>, **options: Unpack[Options])` function
  that builds the policy and returns a `Setup`;
- one `Provider(...)` declaration naming its slug, classifier, idempotency headers and the
  credential headers its policy sets.

The three public functions are the kit's, typed by `configure`'s own signature (a ParamSpec), so
an IDE completes both the provider's extras and the shared options, and mypy rejects a typo.
"""

from __future__ import annotations

import ipaddress
import ssl
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypedDict, TypeVar

import attrs
import httpx

from ..errors import ConfigurationError
from ._clock import AsyncSleeper, Sleeper
from ._operations import OperationTable
from ._outcome import Classifier
from ._policy import RetryPolicy
from ._signing import AuthPolicy
from ._stack import (
    GeneratedClient,
    Profile,
    StackOptions,
    build_async_transport,
    build_transport,
    make_client,
)

if TYPE_CHECKING:  # an option's type only: providers without tokens never load the stores
    from ._store import TokenBackend

__all__ = ["Options", "Provider", "Setup"]

P = ParamSpec("P")
C = TypeVar("C", bound=GeneratedClient)


class Options(TypedDict, total=False):
    """Keyword options shared by every provider's `client()`, `transport()` and `async_transport()`.

    retries: retries after the first attempt (default 2). Ignored when `policy` is given: the
      policy's own `max_retries` wins.
    policy: a full `RetryPolicy` (backoff, Retry-After cap, jitter).
    raise_errors: True (default) raises typed errors from `auth_plugins.errors`; False hands
      non-success responses back (an envelope error keeps HTTP 200, with the outcome attached).
    timeout: seconds, a (connect, read, write, pool) tuple or an `httpx.Timeout`; never None
      (default 30 s total, 5 s connect).
    verify: TLS verification, as httpx takes it (True, a CA bundle path, or an `ssl.SSLContext`).
    headers: headers sent on every call (credential headers are the policy's, not these).
    on_request / on_response: called for every attempt with what really goes on the wire (after
      signing and encryption), credential headers reading `[redacted]`; not for the policy's own
      token requests. For logging and assertions; a hook that raises fails the call.
    allow_insecure_http: send credentials over plain `http://` to a host that is not loopback
      (refused by default: 127.0.0.0/8, ::1 and localhost are allowed).
    token_store: where tokens live (`auth_plugins.MemoryTokenStore()`, in this process, is the
      default; `auth_plugins.RedisTokenStore(url)` shares them with every process of a fleet:
      one renewal per token fleet-wide, steady-state reads from memory, encrypted at rest).
      Providers that hold tokens pass it where they build their stores; providers whose tokens
      are cheap to make in each process ignore it (their pages say which).
    sleep / async_sleep: how the retry loop waits (tests pass a recorder).
    propagate_trace_context: send the call span's W3C `traceparent` (and `tracestate`) to the
      provider (default False: a provider may refuse unknown headers). Set before signing, so it
      is signed like any header.
    tracer_provider / meter_provider: OpenTelemetry providers for this client's spans and metrics
      (default: the global ones, as configured at each call; needs `auth-plugins[otel]`).
    transport / async_transport: the innermost HTTP transport of `client()` (tests, proxies).
    inner: the innermost HTTP transport of `transport()` / `async_transport()`.
    """

    retries: int
    policy: RetryPolicy
    raise_errors: bool
    timeout: float | tuple[float, float, float, float] | httpx.Timeout
    verify: ssl.SSLContext | str | bool
    headers: Mapping[str, str]
    on_request: Callable[[httpx.Request], object]
    on_response: Callable[[httpx.Response], object]
    allow_insecure_http: bool
    token_store: TokenBackend
    sleep: Sleeper
    async_sleep: AsyncSleeper
    propagate_trace_context: bool
    tracer_provider: object
    meter_provider: object
    transport: httpx.BaseTransport
    async_transport: httpx.AsyncBaseTransport
    inner: httpx.BaseTransport | httpx.AsyncBaseTransport


@attrs.frozen
class Setup:
    """What a provider's `configure` hands the kit: its policy, the base URL and the options.

    `on_client` is called with each generated client the kit builds (e.g. to remember which
    session a client uses).
    """

    policy: AuthPolicy
    base_url: str
    options: Options
    on_client: Callable[[Any], None] | None = None


def _check_base_url(base_url: str, hint: str, allow_insecure_http: bool) -> None:
    if not base_url:
        raise ConfigurationError(f"base_url is required ({hint})")
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError("base_url must be an absolute http(s) URL")
    if url.scheme == "http" and not allow_insecure_http and not _is_loopback(url.host):
        raise ConfigurationError(
            "base_url is plain http:// to a host that is not loopback: credentials would cross the "
            "network unencrypted. Use https://, or pass allow_insecure_http=True if you must."
        )


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _stack_options(base_url: str, options: Options, hint: str) -> StackOptions:
    _check_base_url(base_url, hint, bool(options.get("allow_insecure_http", False)))
    values: dict[str, Any] = {k: v for k, v in options.items() if k not in _KIT_KEYS}
    timeout = values.get("timeout")
    if timeout is not None and not isinstance(timeout, httpx.Timeout):
        values["timeout"] = httpx.Timeout(timeout)
    if "headers" in values:
        values["headers"] = dict(values["headers"])
    unknown = set(values) - _STACK_FIELDS
    if unknown:  # only reachable from untyped callers: mypy rejects these keywords
        raise TypeError(f"unexpected option(s): {', '.join(sorted(unknown))}")
    return StackOptions(base_url=base_url, **values)


_KIT_KEYS = frozenset({"transport", "async_transport", "inner", "allow_insecure_http", "token_store"})
_STACK_FIELDS = frozenset(f.name for f in attrs.fields(StackOptions))


class Provider(Generic[P, C]):
    """One provider, declared once; see the module docstring."""

    def __init__(
        self,
        slug: str,
        *,
        configure: Callable[P, Setup],
        client_class: Callable[[], type[C]],
        credentials_type: type,
        classifier: Classifier,
        base_url_hint: str,
        idempotency_headers: tuple[str, ...] = (),
        credential_headers: tuple[str, ...] = (),
        owned_headers: tuple[str, ...] = (),
        check_operations: Callable[[OperationTable], object] | None = None,
        operations: OperationTable | None = None,
    ) -> None:
        self.slug = slug
        self.credentials_type = credentials_type
        self.classifier = classifier
        self.base_url_hint = base_url_hint
        self.idempotency_headers = tuple(h.lower() for h in idempotency_headers)
        self.credential_headers = frozenset(h.lower() for h in credential_headers)
        self.owned_headers = frozenset(h.lower() for h in owned_headers)
        self._configure = configure
        self._client_class = client_class
        self._check = check_operations
        self._operations = operations
        self._profile: Profile | None = None
        self.transport: Callable[P, httpx.BaseTransport] = self._public(self._transport, "transport")
        self.async_transport: Callable[P, httpx.AsyncBaseTransport] = self._public(
            self._async_transport, "async_transport"
        )
        self.client: Callable[P, C] = self._public(self._client, "client")

    def __repr__(self) -> str:
        return f"<Provider {self.slug}>"

    @property
    def operations(self) -> OperationTable:
        """The spec's operations (from the manifest `nox -s generate` writes), loaded on first use."""
        if self._operations is None:
            table = OperationTable.load(self.slug)
            if self._check is not None:
                self._check(table)
            self._operations = table
        return self._operations

    def profile(self) -> Profile:
        """What the stack needs at run time, built once."""
        if self._profile is None:
            self._profile = Profile(
                self.slug,
                self.classifier,
                self.operations,
                self.idempotency_headers,
                self.credential_headers,
                self.owned_headers,
            )
        return self._profile

    def _setup(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Setup, StackOptions]:
        credentials = args[0] if args else kwargs.get("credentials")
        if not isinstance(credentials, self.credentials_type):
            raise ConfigurationError(f"credentials must be {self.slug}.{self.credentials_type.__name__}")
        setup = self._configure(*args, **kwargs)
        return setup, _stack_options(setup.base_url, setup.options, self.base_url_hint)

    def _transport(self, *args: Any, **kwargs: Any) -> httpx.BaseTransport:
        setup, options = self._setup(args, kwargs)
        inner = setup.options.get("inner", setup.options.get("transport"))
        if inner is not None and not isinstance(inner, httpx.BaseTransport):
            raise ConfigurationError("inner must be an httpx.BaseTransport for transport()")
        return build_transport(self.profile(), setup.policy, options, inner)

    def _async_transport(self, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
        setup, options = self._setup(args, kwargs)
        inner = setup.options.get("inner", setup.options.get("async_transport"))
        if inner is not None and not isinstance(inner, httpx.AsyncBaseTransport):
            raise ConfigurationError("inner must be an httpx.AsyncBaseTransport for async_transport()")
        return build_async_transport(self.profile(), setup.policy, options, inner)

    def _client(self, *args: Any, **kwargs: Any) -> C:
        setup, options = self._setup(args, kwargs)
        generated = make_client(
            self._client_class(),
            self.profile(),
            setup.policy,
            options,
            transport=setup.options.get("transport"),
            async_transport=setup.options.get("async_transport"),
        )
        if setup.on_client is not None:
            setup.on_client(generated)
        return generated

    def _public(self, impl: Callable[..., Any], name: str) -> Any:
        """A plain function named for the provider, whose signature (help(), IDEs) is `configure`'s."""
        configure = self._configure
        slug = self.slug

        def public(*args: Any, **kwargs: Any) -> Any:
            return impl(*args, **kwargs)

        public.__name__ = public.__qualname__ = name
        public.__module__ = f"auth_plugins.{slug}"
        public.__wrapped__ = configure  # type: ignore[attr-defined]  # inspect.signature follows it
        public.__doc__ = f"{_DOCS[name].format(slug=slug)}\n\n{configure.__doc__ or ''}\n\n{Options.__doc__}"
        return public


_DOCS = {
    "transport": "The {slug} stack as an httpx transport, for callers who build their own httpx.Client.",
    "async_transport": "The {slug} stack as an httpx async transport, for your own httpx.AsyncClient.",
    "client": (
        "A generated `{slug}_client.AuthenticatedClient`, sync and async, wired through the stack "
        "(retry, envelope, signing)."
    ),
}
