from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, with_call_options
from ...models.error import Error
from ...models.forbidden_error import ForbiddenError
from ...models.leader_board import LeaderBoard
from ...types import UNSET, Response, Unset, parse_response_json, path_segment


def _get_kwargs(
    competition_id: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open-api/v2/trading-competitions/{competition_id}/leader-board".format(
            competition_id=path_segment(competition_id, "competition_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ForbiddenError | LeaderBoard | None:
    if response.status_code == 200:
        response_200 = LeaderBoard.from_dict(parse_response_json(response))

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
) -> Response[Error | ForbiddenError | LeaderBoard]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.BodyValidationError as exc:
        raise errors.ResponseValidationError.of(
            exc, operation="get_trading_competition_leader_board", response=response
        ) from exc
    except ValueError as exc:  # not JSON at all
        error = errors.BodyValidationError(model="JSON", path=[], reason=f"not valid JSON ({exc})")
        raise errors.ResponseValidationError.of(
            error, operation="get_trading_competition_leader_board", response=response
        ) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    competition_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | ForbiddenError | LeaderBoard]:
    """Get Trading Competition Leader Board

     The ranking of one trading competition, best first.

    Args:
        competition_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ForbiddenError | LeaderBoard]
    """

    kwargs = _get_kwargs(
        competition_id=competition_id,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **with_call_options(kwargs, extra_headers, timeout, max_retries),
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Error | ForbiddenError | LeaderBoard]) -> LeaderBoard:
    """The 2xx answer's model; any other answer (seen only with the auth plugin's
    raise_errors=False, or without the plugin) raises errors.UnexpectedStatus."""
    if 200 <= response.status_code < 300:
        return cast(LeaderBoard, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    competition_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> LeaderBoard:
    """Get Trading Competition Leader Board

     The ranking of one trading competition, best first.

    Args:
        competition_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LeaderBoard
    """

    return _success(
        sync_detailed(
            competition_id=competition_id,
            client=client,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


async def asyncio_detailed(
    competition_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | ForbiddenError | LeaderBoard]:
    """Get Trading Competition Leader Board

     The ranking of one trading competition, best first.

    Args:
        competition_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ForbiddenError | LeaderBoard]
    """

    kwargs = _get_kwargs(
        competition_id=competition_id,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(
        **with_call_options(kwargs, extra_headers, timeout, max_retries)
    )

    return _build_response(client=client, response=response)


async def asyncio(
    competition_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> LeaderBoard:
    """Get Trading Competition Leader Board

     The ranking of one trading competition, best first.

    Args:
        competition_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LeaderBoard
    """

    return _success(
        await asyncio_detailed(
            competition_id=competition_id,
            client=client,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
    )
