from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, with_call_options
from ...models.error import Error
from ...models.forbidden_error import ForbiddenError
from ...models.platform import Platform
from ...models.trading_platform_connection_list import TradingPlatformConnectionList
from ...types import UNSET, Response, Unset, parse_response_json


def _get_kwargs(
    *,
    platform: Platform | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_platform: str | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform

    params["platform"] = json_platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open-api/v2/trading-servers/connections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ForbiddenError | TradingPlatformConnectionList | None:
    if response.status_code == 200:
        response_200 = TradingPlatformConnectionList.from_dict(parse_response_json(response))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(parse_response_json(response))

        return response_400

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(parse_response_json(response))

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ForbiddenError | TradingPlatformConnectionList]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.BodyValidationError as exc:
        raise errors.ResponseValidationError.of(
            exc, operation="list_trading_platform_connections", response=response
        ) from exc
    except ValueError as exc:  # not JSON at all
        error = errors.BodyValidationError(model="JSON", path=[], reason=f"not valid JSON ({exc})")
        raise errors.ResponseValidationError.of(
            error, operation="list_trading_platform_connections", response=response
        ) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    platform: Platform | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | ForbiddenError | TradingPlatformConnectionList]:
    """Get CRM Trading Platform Connections

     Every trading platform server the CRM is connected to (MT4, MT5, cTrader; live and demo).

    Args:
        platform (Platform | Unset): Trading platform.

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ForbiddenError | TradingPlatformConnectionList]
    """

    kwargs = _get_kwargs(
        platform=platform,
    )

    response = client.get_httpx_client().request(
        **with_call_options(kwargs, extra_headers, timeout, max_retries),
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[Error | ForbiddenError | TradingPlatformConnectionList],
) -> TradingPlatformConnectionList:
    """The 2xx answer's model; any other answer (seen only with the auth plugin's
    raise_errors=False, or without the plugin) raises errors.UnexpectedStatus."""
    if 200 <= response.status_code < 300:
        return cast(TradingPlatformConnectionList, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient,
    platform: Platform | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> TradingPlatformConnectionList:
    """Get CRM Trading Platform Connections

     Every trading platform server the CRM is connected to (MT4, MT5, cTrader; live and demo).

    Args:
        platform (Platform | Unset): Trading platform.

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TradingPlatformConnectionList
    """

    return _success(
        sync_detailed(
            client=client,
            platform=platform,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    platform: Platform | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | ForbiddenError | TradingPlatformConnectionList]:
    """Get CRM Trading Platform Connections

     Every trading platform server the CRM is connected to (MT4, MT5, cTrader; live and demo).

    Args:
        platform (Platform | Unset): Trading platform.

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ForbiddenError | TradingPlatformConnectionList]
    """

    kwargs = _get_kwargs(
        platform=platform,
    )

    response = await client.get_async_httpx_client().request(
        **with_call_options(kwargs, extra_headers, timeout, max_retries)
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    platform: Platform | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> TradingPlatformConnectionList:
    """Get CRM Trading Platform Connections

     Every trading platform server the CRM is connected to (MT4, MT5, cTrader; live and demo).

    Args:
        platform (Platform | Unset): Trading platform.

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TradingPlatformConnectionList
    """

    return _success(
        await asyncio_detailed(
            client=client,
            platform=platform,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
    )
