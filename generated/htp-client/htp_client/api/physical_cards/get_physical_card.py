from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, with_call_options
from ...models.error_envelope import ErrorEnvelope
from ...models.language import Language
from ...models.physical_card_response import PhysicalCardResponse
from ...types import UNSET, Response, Unset, parse_response_json, path_segment


def _get_kwargs(
    card_id: str,
    *,
    accept_language: Language | Unset = UNSET,
    device_id: str | Unset = UNSET,
    device_name: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    if not isinstance(device_id, Unset):
        headers["Device-ID"] = device_id

    if not isinstance(device_name, Unset):
        headers["Device-Name"] = device_name

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/physical-cards/{card_id}".format(
            card_id=path_segment(card_id, "card_id"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PhysicalCardResponse | None:
    if response.status_code == 200:
        response_200 = PhysicalCardResponse.from_dict(parse_response_json(response))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(parse_response_json(response))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(parse_response_json(response))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(parse_response_json(response))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(parse_response_json(response))

        return response_404

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(parse_response_json(response))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(parse_response_json(response))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | PhysicalCardResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.BodyValidationError as exc:
        raise errors.ResponseValidationError.of(exc, operation="get_physical_card", response=response) from exc
    except ValueError as exc:  # not JSON at all
        error = errors.BodyValidationError(model="JSON", path=[], reason=f"not valid JSON ({exc})")
        raise errors.ResponseValidationError.of(error, operation="get_physical_card", response=response) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: Language | Unset = UNSET,
    device_id: str | Unset = UNSET,
    device_name: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[ErrorEnvelope | PhysicalCardResponse]:
    """Get a physical card

     One physical card with carrier and tracking number.

    Args:
        card_id (str):
        accept_language (Language | Unset): Response language. Current handlers document `en` and
            `zh`; English when omitted.
        device_id (str | Unset):
        device_name (str | Unset):

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PhysicalCardResponse]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        accept_language=accept_language,
        device_id=device_id,
        device_name=device_name,
    )

    response = client.get_httpx_client().request(
        **with_call_options(kwargs, extra_headers, timeout, max_retries),
    )

    return _build_response(client=client, response=response)


def _success(response: Response[ErrorEnvelope | PhysicalCardResponse]) -> PhysicalCardResponse:
    """The 2xx answer's model; any other answer (seen only with the auth plugin's
    raise_errors=False, or without the plugin) raises errors.UnexpectedStatus."""
    if 200 <= response.status_code < 300:
        return cast(PhysicalCardResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: Language | Unset = UNSET,
    device_id: str | Unset = UNSET,
    device_name: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> PhysicalCardResponse:
    """Get a physical card

     One physical card with carrier and tracking number.

    Args:
        card_id (str):
        accept_language (Language | Unset): Response language. Current handlers document `en` and
            `zh`; English when omitted.
        device_id (str | Unset):
        device_name (str | Unset):

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PhysicalCardResponse
    """

    return _success(
        sync_detailed(
            card_id=card_id,
            client=client,
            accept_language=accept_language,
            device_id=device_id,
            device_name=device_name,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


async def asyncio_detailed(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: Language | Unset = UNSET,
    device_id: str | Unset = UNSET,
    device_name: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[ErrorEnvelope | PhysicalCardResponse]:
    """Get a physical card

     One physical card with carrier and tracking number.

    Args:
        card_id (str):
        accept_language (Language | Unset): Response language. Current handlers document `en` and
            `zh`; English when omitted.
        device_id (str | Unset):
        device_name (str | Unset):

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PhysicalCardResponse]
    """

    kwargs = _get_kwargs(
        card_id=card_id,
        accept_language=accept_language,
        device_id=device_id,
        device_name=device_name,
    )

    response = await client.get_async_httpx_client().request(
        **with_call_options(kwargs, extra_headers, timeout, max_retries)
    )

    return _build_response(client=client, response=response)


async def asyncio(
    card_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: Language | Unset = UNSET,
    device_id: str | Unset = UNSET,
    device_name: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> PhysicalCardResponse:
    """Get a physical card

     One physical card with carrier and tracking number.

    Args:
        card_id (str):
        accept_language (Language | Unset): Response language. Current handlers document `en` and
            `zh`; English when omitted.
        device_id (str | Unset):
        device_name (str | Unset):

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PhysicalCardResponse
    """

    return _success(
        await asyncio_detailed(
            card_id=card_id,
            client=client,
            accept_language=accept_language,
            device_id=device_id,
            device_name=device_name,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
    )
