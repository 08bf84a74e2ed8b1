from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, with_call_options
from ...models.error import Error
from ...models.forbidden_error import ForbiddenError
from ...models.network_member_list import NetworkMemberList
from ...types import Response, parse_response_json, path_segment


def _get_kwargs(
    client_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open-api/v2/clients/{client_id}/uplines".format(
            client_id=path_segment(client_id, "client_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ForbiddenError | NetworkMemberList | None:
    if response.status_code == 200:
        response_200 = NetworkMemberList.from_dict(parse_response_json(response))

        return response_200

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
) -> Response[Error | ForbiddenError | NetworkMemberList]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.BodyValidationError as exc:
        raise errors.ResponseValidationError.of(exc, operation="get_client_uplines", response=response) from exc
    except ValueError as exc:  # not JSON at all
        error = errors.BodyValidationError(model="JSON", path=[], reason=f"not valid JSON ({exc})")
        raise errors.ResponseValidationError.of(error, operation="get_client_uplines", response=response) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    client_id: str,
    *,
    client: AuthenticatedClient,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | ForbiddenError | NetworkMemberList]:
    """Get Uplines Information of client

     The client's IB chain upwards, direct upline first (level 1).

    Args:
        client_id (str):

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ForbiddenError | NetworkMemberList]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
    )

    response = client.get_httpx_client().request(
        **with_call_options(kwargs, extra_headers, timeout, max_retries),
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Error | ForbiddenError | NetworkMemberList]) -> NetworkMemberList:
    """The 2xx answer's model; any other answer (seen only with the auth plugin's
    raise_errors=False, or without the plugin) raises errors.UnexpectedStatus."""
    if 200 <= response.status_code < 300:
        return cast(NetworkMemberList, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    client_id: str,
    *,
    client: AuthenticatedClient,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> NetworkMemberList:
    """Get Uplines Information of client

     The client's IB chain upwards, direct upline first (level 1).

    Args:
        client_id (str):

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NetworkMemberList
    """

    return _success(
        sync_detailed(
            client_id=client_id,
            client=client,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


async def asyncio_detailed(
    client_id: str,
    *,
    client: AuthenticatedClient,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | ForbiddenError | NetworkMemberList]:
    """Get Uplines Information of client

     The client's IB chain upwards, direct upline first (level 1).

    Args:
        client_id (str):

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ForbiddenError | NetworkMemberList]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(
        **with_call_options(kwargs, extra_headers, timeout, max_retries)
    )

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    *,
    client: AuthenticatedClient,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> NetworkMemberList:
    """Get Uplines Information of client

     The client's IB chain upwards, direct upline first (level 1).

    Args:
        client_id (str):

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NetworkMemberList
    """

    return _success(
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
    )
