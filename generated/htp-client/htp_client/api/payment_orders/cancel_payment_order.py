from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_payment_order_response import CancelPaymentOrderResponse
from ...models.error_envelope import ErrorEnvelope
from ...models.language import Language
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    order_id: str,
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
        "method": "delete",
        "url": "/api/v1/payment-orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelPaymentOrderResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CancelPaymentOrderResponse.from_dict(parse_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(parse_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(parse_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(parse_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(parse_json(response.content))

        return response_404

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(parse_json(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(parse_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelPaymentOrderResponse | ErrorEnvelope]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.BodyValidationError as exc:
        raise errors.ResponseValidationError.of(exc, operation="cancel_payment_order", response=response) from exc
    except ValueError as exc:  # not JSON at all
        error = errors.BodyValidationError(model="JSON", path=[], reason=f"not valid JSON ({exc})")
        raise errors.ResponseValidationError.of(error, operation="cancel_payment_order", response=response) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: Language | Unset = UNSET,
    device_id: str | Unset = UNSET,
    device_name: str | Unset = UNSET,
) -> Response[CancelPaymentOrderResponse | ErrorEnvelope]:
    """Cancel a payment order

     Cancels an order that has not been paid.

    Args:
        order_id (str):
        accept_language (Language | Unset): Response language. Current handlers document `en` and
            `zh`; English when omitted.
        device_id (str | Unset):
        device_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelPaymentOrderResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        accept_language=accept_language,
        device_id=device_id,
        device_name=device_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: Language | Unset = UNSET,
    device_id: str | Unset = UNSET,
    device_name: str | Unset = UNSET,
) -> CancelPaymentOrderResponse | ErrorEnvelope | None:
    """Cancel a payment order

     Cancels an order that has not been paid.

    Args:
        order_id (str):
        accept_language (Language | Unset): Response language. Current handlers document `en` and
            `zh`; English when omitted.
        device_id (str | Unset):
        device_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelPaymentOrderResponse | ErrorEnvelope
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        accept_language=accept_language,
        device_id=device_id,
        device_name=device_name,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: Language | Unset = UNSET,
    device_id: str | Unset = UNSET,
    device_name: str | Unset = UNSET,
) -> Response[CancelPaymentOrderResponse | ErrorEnvelope]:
    """Cancel a payment order

     Cancels an order that has not been paid.

    Args:
        order_id (str):
        accept_language (Language | Unset): Response language. Current handlers document `en` and
            `zh`; English when omitted.
        device_id (str | Unset):
        device_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelPaymentOrderResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        accept_language=accept_language,
        device_id=device_id,
        device_name=device_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: Language | Unset = UNSET,
    device_id: str | Unset = UNSET,
    device_name: str | Unset = UNSET,
) -> CancelPaymentOrderResponse | ErrorEnvelope | None:
    """Cancel a payment order

     Cancels an order that has not been paid.

    Args:
        order_id (str):
        accept_language (Language | Unset): Response language. Current handlers document `en` and
            `zh`; English when omitted.
        device_id (str | Unset):
        device_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelPaymentOrderResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            accept_language=accept_language,
            device_id=device_id,
            device_name=device_name,
        )
    ).parsed
