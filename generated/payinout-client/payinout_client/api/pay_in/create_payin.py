from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.pay_in_create_request import PayInCreateRequest
from ...models.pay_in_response import PayInResponse
from ...types import Response, json_bytes, parse_json


def _get_kwargs(
    *,
    body: PayInCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/payin/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["content"] = json_bytes(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PayInResponse | None:
    if response.status_code == 200:
        response_200 = PayInResponse.from_dict(parse_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(parse_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(parse_json(response.content))

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(parse_json(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(parse_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PayInResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.BodyValidationError as exc:
        raise errors.ResponseValidationError.of(exc, operation="create_payin", response=response) from exc
    except ValueError as exc:  # not JSON at all
        error = errors.BodyValidationError(model="JSON", path=[], reason=f"not valid JSON ({exc})")
        raise errors.ResponseValidationError.of(error, operation="create_payin", response=response) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayInCreateRequest,
) -> Response[Error | PayInResponse]:
    """Create a PayIn (deposit) request

     Creates a deposit request. Not idempotent, so never retried after it may have reached the server.

    Args:
        body (PayInCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PayInResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PayInCreateRequest,
) -> Error | PayInResponse | None:
    """Create a PayIn (deposit) request

     Creates a deposit request. Not idempotent, so never retried after it may have reached the server.

    Args:
        body (PayInCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PayInResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayInCreateRequest,
) -> Response[Error | PayInResponse]:
    """Create a PayIn (deposit) request

     Creates a deposit request. Not idempotent, so never retried after it may have reached the server.

    Args:
        body (PayInCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PayInResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PayInCreateRequest,
) -> Error | PayInResponse | None:
    """Create a PayIn (deposit) request

     Creates a deposit request. Not idempotent, so never retried after it may have reached the server.

    Args:
        body (PayInCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PayInResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
