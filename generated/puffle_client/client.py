"""Minimal clients for the generated endpoint functions.

Most users want `puffle.Puffle` / `puffle.AsyncPuffle`, which add retries, typed errors and rate limiting.
These plain clients only hold the settings of the underlying httpx clients.

Sync and async clients are separate classes (like ``httpx.Client`` / ``httpx.AsyncClient``): the ``sync*``
functions take a `Client`, the ``asyncio*`` functions an `AsyncClient`, so mixing them up is a type error, and at
run time a clear ``TypeError`` instead of an ``AttributeError`` deep inside a call.
"""

import ssl
from typing import Any, NoReturn, Self

import httpx


class BaseClient:
    """Settings shared by `Client` and `AsyncClient`.

    ``base_url``: the API root, e.g. ``https://app.puffle.ai``. ``headers`` and ``cookies`` are sent with every
    request; ``timeout`` is an ``httpx.Timeout`` (or seconds); ``httpx_args`` go to the httpx client constructor.
    """

    def __init__(
        self,
        base_url: str,
        *,
        headers: dict[str, str] | None = None,
        cookies: dict[str, str] | None = None,
        timeout: httpx.Timeout | float | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        self._base_url = base_url
        self._headers = dict(headers or {})
        self._cookies = dict(cookies or {})
        self._timeout = timeout
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = dict(httpx_args or {})

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"

    def _client_args(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "headers": self._headers,
            "cookies": self._cookies,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }


class Client(BaseClient):
    """A synchronous client: pass it to the ``sync`` / ``sync_detailed`` functions."""

    def __init__(self, base_url: str, **kwargs: Any) -> None:
        super().__init__(base_url, **kwargs)
        self._client: httpx.Client | None = None

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client for sync calls (its own base URL, headers and auth apply)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client used for sync calls, created on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._client_args())
        return self._client

    def get_async_httpx_client(self) -> NoReturn:
        """Always a TypeError: a sync client was given to an ``asyncio`` function."""
        raise TypeError(
            f"{type(self).__name__} is a synchronous client; the asyncio/asyncio_detailed functions need an async "
            "client (AsyncClient, or puffle.AsyncPuffle)"
        )

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any) -> None:
        self.get_httpx_client().__exit__(*args)


class AsyncClient(BaseClient):
    """An asynchronous client: pass it to the ``asyncio`` / ``asyncio_detailed`` functions."""

    def __init__(self, base_url: str, **kwargs: Any) -> None:
        super().__init__(base_url, **kwargs)
        self._async_client: httpx.AsyncClient | None = None

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient for async calls."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient used for async calls, created on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._client_args())
        return self._async_client

    def get_httpx_client(self) -> NoReturn:
        """Always a TypeError: an async client was given to a ``sync`` function."""
        raise TypeError(
            f"{type(self).__name__} is an asynchronous client; the sync/sync_detailed functions need a sync "
            "client (Client, or puffle.Puffle)"
        )

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args)


def _auth_headers(kwargs: dict[str, Any], token: str, prefix: str, header: str) -> dict[str, Any]:
    headers = dict(kwargs.pop("headers", None) or {})
    headers[header] = f"{prefix} {token}" if prefix else token
    return headers


class AuthenticatedClient(Client):
    """A sync `Client` that sends ``Authorization: <prefix> <token>`` with every request.

    The token is kept out of ``repr()``.
    """

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        **kwargs: Any,
    ) -> None:
        super().__init__(base_url, headers=_auth_headers(kwargs, token, prefix, auth_header_name), **kwargs)


class AsyncAuthenticatedClient(AsyncClient):
    """An `AsyncClient` that sends ``Authorization: <prefix> <token>`` with every request."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        **kwargs: Any,
    ) -> None:
        super().__init__(base_url, headers=_auth_headers(kwargs, token, prefix, auth_header_name), **kwargs)
