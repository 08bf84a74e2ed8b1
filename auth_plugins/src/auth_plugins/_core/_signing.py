"""The provider hook, and `Signing`: what applies it to every attempt, at the bottom of the stack.

Signing happens in the transport stack, not in an `httpx.Auth`: Auth runs above the transports,
so a retry below it would resend a stale timestamp. Here every attempt passes through `sign()`
afresh (the retry transport, `_retry.py`, calls it just before each attempt goes out).
A request for another origin is never signed, and any credential header already on it is
stripped. A redirect to another origin (one the caller chose to follow) is refused with
`RedirectError`: a 307/308 would resend the body, a password included, to that host. httpx gives
a redirect the extensions of the request it follows, so a mark left on the first request tells a
redirect from a call the caller addressed to another host on purpose.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable

import httpx

from ..errors import ApiError, RedirectError
from ._backchannel import Backchannel
from ._operations import Operation
from ._outcome import Outcome
from ._redact import SENSITIVE_HEADERS
from ._scrub import collect_secrets, redact_headers, request_secrets, scrub_error

__all__ = ["OP_KEY", "SENT_KEY", "AuthPolicy", "Origin", "Signing"]

OP_KEY = "auth_plugins.operation"
# Set on every request sent to the configured origin; a redirect inherits it (see module doc).
SENT_KEY = "auth_plugins.sent_to_origin"

_DEFAULT_PORTS = {"http": 80, "https": 443}

Origin = tuple[str, str, int]


def origin_of(url: httpx.URL) -> Origin:
    return (url.scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(url.scheme, 0))


class AuthPolicy:
    """What a provider plugs into the shared stack. Every hook defaults to doing nothing.

    - `prepare` runs once per logical call, above the retry loop: values that must stay the same
      on every attempt (request ids, ciphertext).
    - `sign` runs on every attempt, just before the wire: timestamps, signatures, tokens.
    - `recover_unauthorized` sees a 401 outcome and may repair state (refresh a token, adopt the server's
      clock); returning True asks for one more attempt, at most once per call.
    """

    channel: Backchannel | None = None
    achannel: Backchannel | None = None
    # Headers whose values are credentials: the generic ones, plus the provider's declared
    # `credential_headers` (added when the stack binds this policy to its origin: `Signing`).
    credential_headers: frozenset[str] = SENSITIVE_HEADERS

    def attach(self, channel: Backchannel | None = None, achannel: Backchannel | None = None) -> None:
        """Called by the stack builder: where this signer sends its own requests (tokens, keys)."""
        if channel is not None:
            self.channel = channel
            channel.error_for = self.error_for
        if achannel is not None:
            self.achannel = achannel
            achannel.error_for = self.error_for

    def secrets(self) -> set[str]:
        """Every secret this policy holds now, to be scrubbed from errors before they are raised.

        By default: the `repr=False` string fields of any attrs object held by the policy (its
        `Credentials`, by the layout rule), the current token of each `TokenStore` it holds, and
        any `Token`. Override (calling super) to add secrets held elsewhere (a session's tokens).
        Called only when an error is raised.
        """
        return collect_secrets(vars(self).values())

    def secrets_for(self, request: httpx.Request | None) -> set[str]:
        """`secrets()` plus the credential header values `request` carried (a token just dropped)."""
        return self.secrets() | request_secrets(request, self.credential_headers)

    def error_for(self, outcome: Outcome, response: httpx.Response, attempts: int = 1) -> ApiError:
        """The typed error for a failed outcome: redacted response headers, the attempt count,
        and every secret this policy knows scrubbed from the message and body."""
        try:
            request: httpx.Request | None = response.request
        except RuntimeError:
            request = None
        error = outcome.to_error(
            headers=redact_headers(response.headers, self.credential_headers), attempts=attempts
        )
        return _scrubbed(error, self.secrets_for(request))

    def prepare(self, request: httpx.Request, op: Operation | None) -> None:
        return None

    async def aprepare(self, request: httpx.Request, op: Operation | None) -> None:
        self.prepare(request, op)

    def has_own(self, name: str) -> bool:
        """Whether this policy overrides the hook `name`. The transports do not call AuthPolicy's
        own `prepare`, which does nothing. Decided once, when a transport is built."""
        return getattr(type(self), name) is not getattr(AuthPolicy, name)

    def awaits(self, name: str) -> bool:
        """Whether the async transports must await this policy's async hook `name` (`aprepare`,
        `asign`). False where it is AuthPolicy's own, which only calls the sync one: they then
        call that directly, with no coroutine per call. Decided once, when a transport is built."""
        return self.has_own(name)

    def sign(self, request: httpx.Request, op: Operation | None) -> None:
        return None

    async def asign(self, request: httpx.Request, op: Operation | None) -> None:
        self.sign(request, op)

    def recover_unauthorized(
        self, request: httpx.Request, response: httpx.Response, outcome: Outcome
    ) -> bool:
        return False

    async def arecover_unauthorized(
        self, request: httpx.Request, response: httpx.Response, outcome: Outcome
    ) -> bool:
        return self.recover_unauthorized(request, response, outcome)

    def close(self) -> None:
        return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


AsyncHook = Callable[[httpx.Request, Operation | None], Awaitable[None]]


def own_async(policy: AuthPolicy, name: str) -> AsyncHook | None:
    """The policy's async hook `name`, or None when it need not be awaited (`AuthPolicy.awaits`):
    the async transports then call the sync one directly."""
    if not policy.awaits(name):
        return None
    hook: AsyncHook = getattr(policy, name)
    return hook


def _scrubbed(error: ApiError, secrets: Iterable[str]) -> ApiError:
    scrub_error(error, secrets)
    return error


def _strip_credentials(request: httpx.Request, sensitive: frozenset[str]) -> None:
    for name in list(request.headers.keys()):
        if name.lower() in sensitive:
            del request.headers[name]


class Signing:
    """A policy bound to the configured origin: which calls it may sign.

    The retry transport asks `to_origin` once per (method, origin, path) it sees and remembers the
    answer. A call to the origin is marked with `SENT_KEY` (a redirect it is answered with
    inherits the mark), and every attempt of it passes through `policy.sign` (or `asign`, when the
    policy has its own async one); a call anywhere else goes through `foreign`.
    """

    def __init__(self, policy: AuthPolicy, origin: Origin, credential_headers: frozenset[str]) -> None:
        self.policy = policy
        self.asign = own_async(policy, "asign")  # None: call `policy.sign`
        self._origin = origin
        self._sensitive = SENSITIVE_HEADERS | credential_headers
        policy.credential_headers = policy.credential_headers | self._sensitive

    def to_origin(self, request: httpx.Request) -> bool:
        return origin_of(request.url) == self._origin

    def foreign(self, request: httpx.Request) -> None:
        """A call to another origin: strip its credential headers, and refuse it if it is a redirect
        away from the configured origin (`RedirectError`)."""
        _strip_credentials(request, self._sensitive)
        if request.extensions.get(SENT_KEY):
            # A redirect away from the configured origin (cross-host, or HTTPS -> HTTP).
            url = request.url
            raise RedirectError(
                f"refusing to follow a redirect from {self._origin[0]}://{self._origin[1]} to another "
                f"origin ({url.scheme}://{url.host}); the request was not sent there"
            )

    def __repr__(self) -> str:
        return f"<Signing origin={self._origin[0]}://{self._origin[1]}:{self._origin[2]}>"
