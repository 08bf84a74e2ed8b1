import ssl
from collections.abc import Callable, Mapping
from typing import Any, Self

import httpx
from attrs import define, evolve, field

EXTRA_HEADERS_KEY = "extra_headers"
MAX_RETRIES_KEY = "max_retries"


def with_call_options(
    kwargs: dict[str, Any],
    extra_headers: "Mapping[str, str] | None",
    timeout: "httpx.Timeout | float | None",
    max_retries: int | None,
) -> dict[str, Any]:
    """An operation's request arguments with its per-call options applied.

    `extra_headers` are added to this call's headers (the names also travel in the request's
    `extensions`, so a transport stack can refuse a header it owns); `timeout` replaces the
    client's for this call; `max_retries` travels in `extensions` for a retrying transport stack.
    """
    if extra_headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **extra_headers}
    if timeout is not None:
        kwargs["timeout"] = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    extensions: dict[str, Any] = {}
    if extra_headers:
        extensions[EXTRA_HEADERS_KEY] = tuple(name.lower() for name in extra_headers)
    if max_retries is not None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        extensions[MAX_RETRIES_KEY] = max_retries
    if extensions:
        kwargs["extensions"] = extensions
    return kwargs


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _derive: "Callable[[Any, dict[str, Any]], None] | None" = field(default=None, kw_only=True, alias="derive")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)
    _set_from_outside: bool = field(default=False, init=False)
    _closed: bool = field(default=False, init=False)

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """A new client like this one with additional headers (this one is unchanged)."""
        return self.with_options(headers=headers)

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """A new client like this one with additional cookies (this one is unchanged)."""
        return self._copy({"cookies": {**self._cookies, **cookies}}, {})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """A new client like this one with another timeout (this one is unchanged)."""
        return self.with_options(timeout=timeout)

    def with_options(
        self,
        *,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
    ) -> "Client":
        """A new client like this one with more headers, another timeout or retry count.

        `max_retries` needs a client wired with a retrying transport stack (its `derive` hook).
        """
        changes: dict[str, Any] = {}
        if headers is not None:
            changes["headers"] = {**self._headers, **headers}
        if timeout is not None:
            changes["timeout"] = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        options = {} if max_retries is None else {"max_retries": max_retries}
        return self._copy(changes, options)

    def _copy(self, changes: dict[str, Any], options: dict[str, Any]) -> "Client":
        if self._closed:
            raise RuntimeError("this client is closed")
        copy = evolve(self, **changes)
        if self._derive is not None:
            self._derive(
                copy, {"headers": copy._headers, "cookies": copy._cookies, "timeout": copy._timeout, **options}
            )
        elif self._set_from_outside or options:
            raise RuntimeError(
                "this client's httpx clients were set with set_httpx_client(); a copy would bypass "
                "them: build the new client the same way"
            )
        return copy

    def close(self) -> None:
        """Close the sync httpx client (use `aclose()` in async code: it closes both)."""
        self._closed = True
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close both httpx clients."""
        self._closed = True
        if self._client is not None:
            self._client.close()
        if self._async_client is not None:
            await self._async_client.aclose()

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("this client is closed: build a new one")

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        self._set_from_outside = True
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        self._check_open()
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs), and close this client"""
        self.get_httpx_client().__exit__(*args, **kwargs)
        self._closed = True

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        self._set_from_outside = True
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        self._check_open()
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs); closes both clients"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)
        await self.aclose()


@define
class AuthenticatedClient:
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
        token: The token to use for authentication
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _derive: "Callable[[Any, dict[str, Any]], None] | None" = field(default=None, kw_only=True, alias="derive")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)
    _set_from_outside: bool = field(default=False, init=False)
    _closed: bool = field(default=False, init=False)

    token: str
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """A new client like this one with additional headers (this one is unchanged)."""
        return self.with_options(headers=headers)

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """A new client like this one with additional cookies (this one is unchanged)."""
        return self._copy({"cookies": {**self._cookies, **cookies}}, {})

    def with_timeout(self, timeout: httpx.Timeout) -> "AuthenticatedClient":
        """A new client like this one with another timeout (this one is unchanged)."""
        return self.with_options(timeout=timeout)

    def with_options(
        self,
        *,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
    ) -> "AuthenticatedClient":
        """A new client like this one with more headers, another timeout or retry count.

        `max_retries` needs a client wired with a retrying transport stack (its `derive` hook).
        """
        changes: dict[str, Any] = {}
        if headers is not None:
            changes["headers"] = {**self._headers, **headers}
        if timeout is not None:
            changes["timeout"] = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        options = {} if max_retries is None else {"max_retries": max_retries}
        return self._copy(changes, options)

    def _copy(self, changes: dict[str, Any], options: dict[str, Any]) -> "AuthenticatedClient":
        if self._closed:
            raise RuntimeError("this client is closed")
        copy = evolve(self, **changes)
        if self._derive is not None:
            self._derive(
                copy, {"headers": copy._headers, "cookies": copy._cookies, "timeout": copy._timeout, **options}
            )
        elif self._set_from_outside or options:
            raise RuntimeError(
                "this client's httpx clients were set with set_httpx_client(); a copy would bypass "
                "them: build the new client the same way"
            )
        return copy

    def close(self) -> None:
        """Close the sync httpx client (use `aclose()` in async code: it closes both)."""
        self._closed = True
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close both httpx clients."""
        self._closed = True
        if self._client is not None:
            self._client.close()
        if self._async_client is not None:
            await self._async_client.aclose()

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("this client is closed: build a new one")

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        self._set_from_outside = True
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        self._check_open()
        if self._client is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs), and close this client"""
        self.get_httpx_client().__exit__(*args, **kwargs)
        self._closed = True

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        self._set_from_outside = True
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        self._check_open()
        if self._async_client is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs); closes both clients"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)
        await self.aclose()
