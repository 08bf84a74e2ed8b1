"""Typed calls per operation name: a request model in, the result model its name answers with out.

Why this exists: `/query` serves every read, so the spec's 200 body is a `oneOf` and the
generated `execute_query.sync(...)` returns `Error | ListClientAccountsResult | ProfileResult |
RequestStatusResult | None` whatever the request was; the generator does not use the
discriminator or the spec's `x-result-schema`. These overloads restore the link the spec states
in `x-result-schema` (drift-checked against the spec by tests/unit/test_halogen_typed.py):

    accounts = halogen.query(client, ListClientAccounts(payload=...))   # ListClientAccountsResult
    created = halogen.command(client, CreateInvestmentRequest(payload=...), idempotency_key="...")

The call goes through the client's own httpx clients (so through the signed, retrying stack), to
the method and path of the spec's operation, and the body is parsed as the named result model.
An error status raises the typed `ApiError` even when the client was built with
`raise_errors=False`, since the return type leaves no room for an error model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, overload

import httpx

from .._core import classify_http_json, outcome_of
from ..errors import EnvelopeError

if TYPE_CHECKING:
    from halogen_client.models import (
        CommandResult,
        CreateInvestmentRequest,
        CreateRedemptionRequest,
        GetProfile,
        GetRequestStatus,
        ListClientAccounts,
        ListClientAccountsResult,
        ProfileResult,
        RequestStatusResult,
        UpdateProfile,
    )

__all__ = [
    "IDEMPOTENCY_HEADER",
    "RESULT_SCHEMAS",
    "acommand",
    "aquery",
    "command",
    "query",
    "result_model",
]

QUERY = "execute_query"
COMMAND = "execute_command"
IDEMPOTENCY_HEADER = "Idempotency-Key"

# The spec's `x-result-schema` of every request schema: request schema -> (operation, result schema).
# Generated model classes carry their schema's name, so this table is all that is hand-kept.
RESULT_SCHEMAS: dict[str, tuple[str, str]] = {
    "ListClientAccounts": (QUERY, "ListClientAccountsResult"),
    "GetProfile": (QUERY, "ProfileResult"),
    "GetRequestStatus": (QUERY, "RequestStatusResult"),
    "CreateInvestmentRequest": (COMMAND, "CommandResult"),
    "CreateRedemptionRequest": (COMMAND, "CommandResult"),
    "UpdateProfile": (COMMAND, "CommandResult"),
}


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


class ClientLike(Protocol):
    """A generated `Client` or `AuthenticatedClient` (as built by `halogen.client`)."""

    def get_httpx_client(self) -> httpx.Client: ...
    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


def result_model(request: object, operation: str) -> Any:
    """The generated result class for `request` on `operation`; TypeError for anything else."""
    from halogen_client import models

    entry = RESULT_SCHEMAS.get(type(request).__name__)
    if entry is None or getattr(models, type(request).__name__, None) is not type(request):
        raise TypeError(f"expected a halogen_client request model, got {type(request).__name__}")
    if entry[0] != operation:
        right = "halogen.query" if entry[0] == QUERY else "halogen.command"
        raise TypeError(f"{type(request).__name__} is sent with {right}, not on {operation}")
    return getattr(models, entry[1])


def _send_args(request: _Model, operation: str, idempotency_key: str | None) -> dict[str, Any]:
    from ._provider import provider

    op = provider.operations.by_id[operation]
    headers = {"Content-Type": "application/json"}
    if idempotency_key is not None:
        if not idempotency_key.strip():
            raise ValueError("idempotency_key must not be empty")
        headers[IDEMPOTENCY_HEADER] = idempotency_key
    from halogen_client.types import json_bytes

    # The generated client's serialiser: a Decimal amount keeps its digits (httpx's json= cannot).
    return {"method": op.method, "url": op.path, "content": json_bytes(request.to_dict()), "headers": headers}


def _parse(response: httpx.Response, model: Any) -> Any:
    # The stack already classified this response; re-classify only one that bypassed it.
    outcome = outcome_of(response) or classify_http_json(response)
    if not outcome.ok:
        raise outcome.to_error()
    from halogen_client.types import parse_response_json  # the body the stack decoded, taken once

    try:
        return model.from_dict(parse_response_json(response))
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise EnvelopeError(
            f"the 200 body is not a {model.__name__} ({type(exc).__name__}: {exc})",
            status_code=response.status_code,
            body=response.content[:500].decode("utf-8", "replace"),
        ) from None


def _call(client: ClientLike, request: _Model, operation: str, idempotency_key: str | None = None) -> Any:
    model = result_model(request, operation)
    response = client.get_httpx_client().request(**_send_args(request, operation, idempotency_key))
    return _parse(response, model)


async def _acall(
    client: ClientLike, request: _Model, operation: str, idempotency_key: str | None = None
) -> Any:
    model = result_model(request, operation)
    response = await client.get_async_httpx_client().request(
        **_send_args(request, operation, idempotency_key)
    )
    return _parse(response, model)


@overload
def query(client: ClientLike, request: ListClientAccounts) -> ListClientAccountsResult: ...
@overload
def query(client: ClientLike, request: GetProfile) -> ProfileResult: ...
@overload
def query(client: ClientLike, request: GetRequestStatus) -> RequestStatusResult: ...
def query(client: ClientLike, request: _Model) -> Any:
    """POST /query with `request`; returns the result model its `x-result-schema` names."""
    return _call(client, request, QUERY)


@overload
async def aquery(client: ClientLike, request: ListClientAccounts) -> ListClientAccountsResult: ...
@overload
async def aquery(client: ClientLike, request: GetProfile) -> ProfileResult: ...
@overload
async def aquery(client: ClientLike, request: GetRequestStatus) -> RequestStatusResult: ...
async def aquery(client: ClientLike, request: _Model) -> Any:
    return await _acall(client, request, QUERY)


@overload
def command(
    client: ClientLike, request: CreateInvestmentRequest, *, idempotency_key: str | None = None
) -> CommandResult: ...
@overload
def command(
    client: ClientLike, request: CreateRedemptionRequest, *, idempotency_key: str | None = None
) -> CommandResult: ...
@overload
def command(
    client: ClientLike, request: UpdateProfile, *, idempotency_key: str | None = None
) -> CommandResult: ...
def command(client: ClientLike, request: _Model, *, idempotency_key: str | None = None) -> Any:
    """POST /command with `request`; returns its result model (`CommandResult` for every command).

    Never resent after it may have reached the server (a 5xx or a read timeout raises), unless
    `idempotency_key` is given: then it is sent as `Idempotency-Key` and retried like a read.
    """
    return _call(client, request, COMMAND, idempotency_key)


@overload
async def acommand(
    client: ClientLike, request: CreateInvestmentRequest, *, idempotency_key: str | None = None
) -> CommandResult: ...
@overload
async def acommand(
    client: ClientLike, request: CreateRedemptionRequest, *, idempotency_key: str | None = None
) -> CommandResult: ...
@overload
async def acommand(
    client: ClientLike, request: UpdateProfile, *, idempotency_key: str | None = None
) -> CommandResult: ...
async def acommand(client: ClientLike, request: _Model, *, idempotency_key: str | None = None) -> Any:
    return await _acall(client, request, COMMAND, idempotency_key)
