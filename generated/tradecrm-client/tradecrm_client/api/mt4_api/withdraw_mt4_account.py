from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, with_call_options
from ...models.balance_operation import BalanceOperation
from ...models.balance_operation_request import BalanceOperationRequest
from ...models.error import Error
from ...models.forbidden_error import ForbiddenError
from ...types import Response, json_bytes, parse_response_json, path_segment


def _get_kwargs(
    login: int,
    *,
    body: BalanceOperationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open-api/v2/mt4/accounts/{login}/withdraw".format(
            login=path_segment(login, "login"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["content"] = json_bytes(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BalanceOperation | Error | ForbiddenError | None:
    if response.status_code == 200:
        response_200 = BalanceOperation.from_dict(parse_response_json(response))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(parse_response_json(response))

        return response_400

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(parse_response_json(response))

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(parse_response_json(response))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BalanceOperation | Error | ForbiddenError]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.BodyValidationError as exc:
        raise errors.ResponseValidationError.of(exc, operation="withdraw_mt4_account", response=response) from exc
    except ValueError as exc:  # not JSON at all
        error = errors.BodyValidationError(model="JSON", path=[], reason=f"not valid JSON ({exc})")
        raise errors.ResponseValidationError.of(error, operation="withdraw_mt4_account", response=response) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    login: int,
    *,
    client: AuthenticatedClient,
    body: BalanceOperationRequest,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[BalanceOperation | Error | ForbiddenError]:
    """Withdraw from MT4 Account

     Debits the MT4 account's balance (an MT4 balance operation). Not idempotent, so never retried after
    it may have reached the server.

    Args:
        login (int):
        body (BalanceOperationRequest):

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BalanceOperation | Error | ForbiddenError]
    """

    kwargs = _get_kwargs(
        login=login,
        body=body,
    )

    response = client.get_httpx_client().request(
        **with_call_options(kwargs, extra_headers, timeout, max_retries),
    )

    return _build_response(client=client, response=response)


def _success(response: Response[BalanceOperation | Error | ForbiddenError]) -> BalanceOperation:
    """The 2xx answer's model; any other answer (seen only with the auth plugin's
    raise_errors=False, or without the plugin) raises errors.UnexpectedStatus."""
    if 200 <= response.status_code < 300:
        return cast(BalanceOperation, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    login: int,
    *,
    client: AuthenticatedClient,
    body: BalanceOperationRequest,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> BalanceOperation:
    """Withdraw from MT4 Account

     Debits the MT4 account's balance (an MT4 balance operation). Not idempotent, so never retried after
    it may have reached the server.

    Args:
        login (int):
        body (BalanceOperationRequest):

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BalanceOperation
    """

    return _success(
        sync_detailed(
            login=login,
            client=client,
            body=body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


async def asyncio_detailed(
    login: int,
    *,
    client: AuthenticatedClient,
    body: BalanceOperationRequest,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[BalanceOperation | Error | ForbiddenError]:
    """Withdraw from MT4 Account

     Debits the MT4 account's balance (an MT4 balance operation). Not idempotent, so never retried after
    it may have reached the server.

    Args:
        login (int):
        body (BalanceOperationRequest):

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BalanceOperation | Error | ForbiddenError]
    """

    kwargs = _get_kwargs(
        login=login,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **with_call_options(kwargs, extra_headers, timeout, max_retries)
    )

    return _build_response(client=client, response=response)


async def asyncio(
    login: int,
    *,
    client: AuthenticatedClient,
    body: BalanceOperationRequest,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> BalanceOperation:
    """Withdraw from MT4 Account

     Debits the MT4 account's balance (an MT4 balance operation). Not idempotent, so never retried after
    it may have reached the server.

    Args:
        login (int):
        body (BalanceOperationRequest):

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BalanceOperation
    """

    return _success(
        await asyncio_detailed(
            login=login,
            client=client,
            body=body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
    )
