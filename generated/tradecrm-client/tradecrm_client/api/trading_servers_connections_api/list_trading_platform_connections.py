from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.forbidden_error import ForbiddenError
from ...models.platform import Platform
from ...models.trading_platform_connection_list import TradingPlatformConnectionList
from ...types import UNSET, Response, Unset, parse_json


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
        response_200 = TradingPlatformConnectionList.from_dict(parse_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(parse_json(response.content))

        return response_400

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(parse_json(response.content))

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
) -> Response[Error | ForbiddenError | TradingPlatformConnectionList]:
    """Get CRM Trading Platform Connections

     Every trading platform server the CRM is connected to (MT4, MT5, cTrader; live and demo).

    Args:
        platform (Platform | Unset): Trading platform.

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
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    platform: Platform | Unset = UNSET,
) -> Error | ForbiddenError | TradingPlatformConnectionList | None:
    """Get CRM Trading Platform Connections

     Every trading platform server the CRM is connected to (MT4, MT5, cTrader; live and demo).

    Args:
        platform (Platform | Unset): Trading platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ForbiddenError | TradingPlatformConnectionList
    """

    return sync_detailed(
        client=client,
        platform=platform,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    platform: Platform | Unset = UNSET,
) -> Response[Error | ForbiddenError | TradingPlatformConnectionList]:
    """Get CRM Trading Platform Connections

     Every trading platform server the CRM is connected to (MT4, MT5, cTrader; live and demo).

    Args:
        platform (Platform | Unset): Trading platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ForbiddenError | TradingPlatformConnectionList]
    """

    kwargs = _get_kwargs(
        platform=platform,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    platform: Platform | Unset = UNSET,
) -> Error | ForbiddenError | TradingPlatformConnectionList | None:
    """Get CRM Trading Platform Connections

     Every trading platform server the CRM is connected to (MT4, MT5, cTrader; live and demo).

    Args:
        platform (Platform | Unset): Trading platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ForbiddenError | TradingPlatformConnectionList
    """

    return (
        await asyncio_detailed(
            client=client,
            platform=platform,
        )
    ).parsed
