import datetime
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, with_call_options
from ...models.error import Error
from ...models.language import Language
from ...models.transaction_page import TransactionPage
from ...models.transaction_type import TransactionType
from ...types import UNSET, Response, Unset, parse_response_json


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    type_: TransactionType | Unset = UNSET,
    x_language: Language | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_language, Unset):
        headers["x-language"] = str(x_language)

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/users/me/transactions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TransactionPage | None:
    if response.status_code == 200:
        response_200 = TransactionPage.from_dict(parse_response_json(response))

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TransactionPage]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.BodyValidationError as exc:
        raise errors.ResponseValidationError.of(exc, operation="list_user_transactions", response=response) from exc
    except ValueError as exc:  # not JSON at all
        error = errors.BodyValidationError(model="JSON", path=[], reason=f"not valid JSON ({exc})")
        raise errors.ResponseValidationError.of(error, operation="list_user_transactions", response=response) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    type_: TransactionType | Unset = UNSET,
    x_language: Language | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | TransactionPage]:
    """List the user's transactions

     Lists the transactions of the user identified by `x-user-token`, newest first, one page at a time.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        type_ (TransactionType | Unset):
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
        Response[Error | TransactionPage]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        start_date=start_date,
        end_date=end_date,
        type_=type_,
        x_language=x_language,
    )

    response = client.get_httpx_client().request(
        **with_call_options(kwargs, extra_headers, timeout, max_retries),
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Error | TransactionPage]) -> TransactionPage:
    """The 2xx answer's model; any other answer (seen only with the auth plugin's
    raise_errors=False, or without the plugin) raises errors.UnexpectedStatus."""
    if 200 <= response.status_code < 300:
        return cast(TransactionPage, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    type_: TransactionType | Unset = UNSET,
    x_language: Language | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> TransactionPage:
    """List the user's transactions

     Lists the transactions of the user identified by `x-user-token`, newest first, one page at a time.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        type_ (TransactionType | Unset):
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
        TransactionPage
    """

    return _success(
        sync_detailed(
            client=client,
            page=page,
            limit=limit,
            start_date=start_date,
            end_date=end_date,
            type_=type_,
            x_language=x_language,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    type_: TransactionType | Unset = UNSET,
    x_language: Language | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | TransactionPage]:
    """List the user's transactions

     Lists the transactions of the user identified by `x-user-token`, newest first, one page at a time.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        type_ (TransactionType | Unset):
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
        Response[Error | TransactionPage]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        start_date=start_date,
        end_date=end_date,
        type_=type_,
        x_language=x_language,
    )

    response = await client.get_async_httpx_client().request(
        **with_call_options(kwargs, extra_headers, timeout, max_retries)
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    type_: TransactionType | Unset = UNSET,
    x_language: Language | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> TransactionPage:
    """List the user's transactions

     Lists the transactions of the user identified by `x-user-token`, newest first, one page at a time.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        type_ (TransactionType | Unset):
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
        TransactionPage
    """

    return _success(
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            start_date=start_date,
            end_date=end_date,
            type_=type_,
            x_language=x_language,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
    )
