from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.command_result import CommandResult
from ...models.create_investment_request import CreateInvestmentRequest
from ...models.create_redemption_request import CreateRedemptionRequest
from ...models.error import Error
from ...models.update_profile import UpdateProfile
from ...types import Response, json_bytes, parse_json


def _get_kwargs(
    *,
    body: CreateInvestmentRequest | CreateRedemptionRequest | UpdateProfile,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/command",
    }

    if isinstance(body, CreateInvestmentRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateRedemptionRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["content"] = json_bytes(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CommandResult | Error | None:
    if response.status_code == 200:
        response_200 = CommandResult.from_dict(parse_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(parse_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(parse_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(parse_json(response.content))

        return response_403

    if response.status_code == 412:
        response_412 = Error.from_dict(parse_json(response.content))

        return response_412

    if response.status_code == 429:
        response_429 = Error.from_dict(parse_json(response.content))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CommandResult | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.BodyValidationError as exc:
        raise errors.ResponseValidationError.of(exc, operation="execute_command", response=response) from exc
    except ValueError as exc:  # not JSON at all
        error = errors.BodyValidationError(model="JSON", path=[], reason=f"not valid JSON ({exc})")
        raise errors.ResponseValidationError.of(error, operation="execute_command", response=response) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateInvestmentRequest | CreateRedemptionRequest | UpdateProfile,
) -> Response[CommandResult | Error]:
    """Execute a write operation

     Execute write/mutate operations to modify data in the API. The body's `name` selects the
    operation (`create_investment_request`, `create_redemption_request`, `update_profile`) and
    `payload` its parameters; every command answers with the `requestId` of the request it
    created. Not idempotent, so never retried after it may have reached the server.

    Args:
        body (CreateInvestmentRequest | CreateRedemptionRequest | UpdateProfile): The body of POST
            /command; `name` selects the write operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandResult | Error]
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
    body: CreateInvestmentRequest | CreateRedemptionRequest | UpdateProfile,
) -> CommandResult | Error | None:
    """Execute a write operation

     Execute write/mutate operations to modify data in the API. The body's `name` selects the
    operation (`create_investment_request`, `create_redemption_request`, `update_profile`) and
    `payload` its parameters; every command answers with the `requestId` of the request it
    created. Not idempotent, so never retried after it may have reached the server.

    Args:
        body (CreateInvestmentRequest | CreateRedemptionRequest | UpdateProfile): The body of POST
            /command; `name` selects the write operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandResult | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateInvestmentRequest | CreateRedemptionRequest | UpdateProfile,
) -> Response[CommandResult | Error]:
    """Execute a write operation

     Execute write/mutate operations to modify data in the API. The body's `name` selects the
    operation (`create_investment_request`, `create_redemption_request`, `update_profile`) and
    `payload` its parameters; every command answers with the `requestId` of the request it
    created. Not idempotent, so never retried after it may have reached the server.

    Args:
        body (CreateInvestmentRequest | CreateRedemptionRequest | UpdateProfile): The body of POST
            /command; `name` selects the write operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandResult | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateInvestmentRequest | CreateRedemptionRequest | UpdateProfile,
) -> CommandResult | Error | None:
    """Execute a write operation

     Execute write/mutate operations to modify data in the API. The body's `name` selects the
    operation (`create_investment_request`, `create_redemption_request`, `update_profile`) and
    `payload` its parameters; every command answers with the `requestId` of the request it
    created. Not idempotent, so never retried after it may have reached the server.

    Args:
        body (CreateInvestmentRequest | CreateRedemptionRequest | UpdateProfile): The body of POST
            /command; `name` selects the write operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandResult | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
