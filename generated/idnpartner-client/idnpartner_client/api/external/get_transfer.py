from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, with_call_options
from ...models.error import Error
from ...models.language import Language
from ...models.transfer import Transfer
from ...types import UNSET, Response, Unset, parse_response_json, path_segment


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
            transfer_id=path_segment(transfer_id, "transfer_id"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Transfer | None:
    if response.status_code == 200:
        response_200 = Transfer.from_dict(parse_response_json(response))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(parse_response_json(response))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(parse_response_json(response))

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(parse_response_json(response))

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(parse_response_json(response))

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(parse_response_json(response))

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(parse_response_json(response))

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
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | Transfer]:
    """Get a transfer

     Returns one transfer of the user identified by `x-user-token`.

    Args:
        transfer_id (str):
        x_language (Language | Unset): `id` Bahasa Indonesia, `en` English.

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

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
        **with_call_options(kwargs, extra_headers, timeout, max_retries),
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Error | Transfer]) -> Transfer:
    """The 2xx answer's model; any other answer (seen only with the auth plugin's
    raise_errors=False, or without the plugin) raises errors.UnexpectedStatus."""
    if 200 <= response.status_code < 300:
        return cast(Transfer, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    transfer_id: str,
    *,
    client: AuthenticatedClient,
    x_language: Language | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Transfer:
    """Get a transfer

     Returns one transfer of the user identified by `x-user-token`.

    Args:
        transfer_id (str):
        x_language (Language | Unset): `id` Bahasa Indonesia, `en` English.

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Transfer
    """

    return _success(
        sync_detailed(
            transfer_id=transfer_id,
            client=client,
            x_language=x_language,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


async def asyncio_detailed(
    transfer_id: str,
    *,
    client: AuthenticatedClient,
    x_language: Language | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | Transfer]:
    """Get a transfer

     Returns one transfer of the user identified by `x-user-token`.

    Args:
        transfer_id (str):
        x_language (Language | Unset): `id` Bahasa Indonesia, `en` English.

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

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

    response = await client.get_async_httpx_client().request(
        **with_call_options(kwargs, extra_headers, timeout, max_retries)
    )

    return _build_response(client=client, response=response)


async def asyncio(
    transfer_id: str,
    *,
    client: AuthenticatedClient,
    x_language: Language | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Transfer:
    """Get a transfer

     Returns one transfer of the user identified by `x-user-token`.

    Args:
        transfer_id (str):
        x_language (Language | Unset): `id` Bahasa Indonesia, `en` English.

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Transfer
    """

    return _success(
        await asyncio_detailed(
            transfer_id=transfer_id,
            client=client,
            x_language=x_language,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
    )
