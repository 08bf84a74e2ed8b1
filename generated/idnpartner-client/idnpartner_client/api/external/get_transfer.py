from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.language import Language
from ...models.transfer import Transfer
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    transfer_id: str,
    *,
    x_language: Language | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_language, Unset):
        headers["x-language"] = str(x_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/transfers/{transfer_id}".format(
            transfer_id=quote(str(transfer_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Transfer | None:
    if response.status_code == 200:
        response_200 = Transfer.from_dict(parse_json(response.content))

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

    if response.status_code == 404:
        response_404 = Error.from_dict(parse_json(response.content))

        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Transfer]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.BodyValidationError as exc:
        raise errors.ResponseValidationError.of(exc, operation="get_transfer", response=response) from exc
    except ValueError as exc:  # not JSON at all
        error = errors.BodyValidationError(model="JSON", path=[], reason=f"not valid JSON ({exc})")
        raise errors.ResponseValidationError.of(error, operation="get_transfer", response=response) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    transfer_id: str,
    *,
    client: AuthenticatedClient,
    x_language: Language | Unset = UNSET,
) -> Response[Error | Transfer]:
    """Get a transfer

     Returns one transfer of the user identified by `x-user-token`.

    Args:
        transfer_id (str):
        x_language (Language | Unset): `id` Bahasa Indonesia, `en` English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Transfer]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
        x_language=x_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transfer_id: str,
    *,
    client: AuthenticatedClient,
    x_language: Language | Unset = UNSET,
) -> Error | Transfer | None:
    """Get a transfer

     Returns one transfer of the user identified by `x-user-token`.

    Args:
        transfer_id (str):
        x_language (Language | Unset): `id` Bahasa Indonesia, `en` English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Transfer
    """

    return sync_detailed(
        transfer_id=transfer_id,
        client=client,
        x_language=x_language,
    ).parsed


async def asyncio_detailed(
    transfer_id: str,
    *,
    client: AuthenticatedClient,
    x_language: Language | Unset = UNSET,
) -> Response[Error | Transfer]:
    """Get a transfer

     Returns one transfer of the user identified by `x-user-token`.

    Args:
        transfer_id (str):
        x_language (Language | Unset): `id` Bahasa Indonesia, `en` English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Transfer]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
        x_language=x_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transfer_id: str,
    *,
    client: AuthenticatedClient,
    x_language: Language | Unset = UNSET,
) -> Error | Transfer | None:
    """Get a transfer

     Returns one transfer of the user identified by `x-user-token`.

    Args:
        transfer_id (str):
        x_language (Language | Unset): `id` Bahasa Indonesia, `en` English.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Transfer
    """

    return (
        await asyncio_detailed(
            transfer_id=transfer_id,
            client=client,
            x_language=x_language,
        )
    ).parsed
