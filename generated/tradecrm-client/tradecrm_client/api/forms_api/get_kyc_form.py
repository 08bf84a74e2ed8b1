from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, with_call_options
from ...models.error import Error
from ...models.forbidden_error import ForbiddenError
from ...models.form import Form
from ...models.language_code import LanguageCode
from ...types import UNSET, Response, Unset, parse_response_json, path_segment


def _get_kwargs(
    form_id: str,
    *,
    client_id: str | Unset = UNSET,
    language: LanguageCode | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    json_language: str | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language

    params["language"] = json_language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open-api/v2/forms/kyc/{form_id}".format(
            form_id=path_segment(form_id, "form_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ForbiddenError | Form | None:
    if response.status_code == 200:
        response_200 = Form.from_dict(parse_response_json(response))

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
) -> Response[Error | ForbiddenError | Form]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.BodyValidationError as exc:
        raise errors.ResponseValidationError.of(exc, operation="get_kyc_form", response=response) from exc
    except ValueError as exc:  # not JSON at all
        error = errors.BodyValidationError(model="JSON", path=[], reason=f"not valid JSON ({exc})")
        raise errors.ResponseValidationError.of(error, operation="get_kyc_form", response=response) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    form_id: str,
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
    language: LanguageCode | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | ForbiddenError | Form]:
    """Get User Kyc Form

     One KYC form with its fields and, when `client_id` is given, the client's current answers.

    Args:
        form_id (str):
        client_id (str | Unset):
        language (LanguageCode | Unset): Annex "Language Codes".

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ForbiddenError | Form]
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        client_id=client_id,
        language=language,
    )

    response = client.get_httpx_client().request(
        **with_call_options(kwargs, extra_headers, timeout, max_retries),
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Error | ForbiddenError | Form]) -> Form:
    """The 2xx answer's model; any other answer (seen only with the auth plugin's
    raise_errors=False, or without the plugin) raises errors.UnexpectedStatus."""
    if 200 <= response.status_code < 300:
        return cast(Form, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    form_id: str,
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
    language: LanguageCode | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Form:
    """Get User Kyc Form

     One KYC form with its fields and, when `client_id` is given, the client's current answers.

    Args:
        form_id (str):
        client_id (str | Unset):
        language (LanguageCode | Unset): Annex "Language Codes".

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Form
    """

    return _success(
        sync_detailed(
            form_id=form_id,
            client=client,
            client_id=client_id,
            language=language,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


async def asyncio_detailed(
    form_id: str,
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
    language: LanguageCode | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | ForbiddenError | Form]:
    """Get User Kyc Form

     One KYC form with its fields and, when `client_id` is given, the client's current answers.

    Args:
        form_id (str):
        client_id (str | Unset):
        language (LanguageCode | Unset): Annex "Language Codes".

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ForbiddenError | Form]
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        client_id=client_id,
        language=language,
    )

    response = await client.get_async_httpx_client().request(
        **with_call_options(kwargs, extra_headers, timeout, max_retries)
    )

    return _build_response(client=client, response=response)


async def asyncio(
    form_id: str,
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
    language: LanguageCode | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Form:
    """Get User Kyc Form

     One KYC form with its fields and, when `client_id` is given, the client's current answers.

    Args:
        form_id (str):
        client_id (str | Unset):
        language (LanguageCode | Unset): Annex "Language Codes".

    Per-call options (keyword-only, this call only):
        extra_headers: more headers, signed like any other; a header the auth plugin owns
            (credentials, signatures, request ids) is refused.
        timeout: seconds or an httpx.Timeout for this call.
        max_retries: retries for this call (needs a client made by auth_plugins).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Form
    """

    return _success(
        await asyncio_detailed(
            form_id=form_id,
            client=client,
            client_id=client_id,
            language=language,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
    )
