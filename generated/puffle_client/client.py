"""Minimal clients for the generated endpoint functions.

Most users want `puffle.Puffle` / `puffle.AsyncPuffle`, which add retries, typed errors and rate limiting.
These plain clients only hold the settings of the underlying httpx clients.
"""

import ssl
from typing import Any, Self

import httpx


class Client:
    """Holds the httpx clients that generated endpoint functions send requests with.

    ``base_url``: the API root, e.g. ``https://app.puffle.ai``. ``headers`` and ``cookies`` are sent with every
    request; ``timeout`` is an ``httpx.Timeout`` (or seconds); ``httpx_args`` go to the httpx client constructors.
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
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

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

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client for sync calls (its own base URL, headers and auth apply)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client used for sync calls, created on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._client_args())
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient for async calls."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient used for async calls, created on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._client_args())
        return self._async_client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any) -> None:
        self.get_httpx_client().__exit__(*args)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args)


class AuthenticatedClient(Client):
    """A `Client` that sends ``Authorization: <prefix> <token>`` with every request.

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
        super().__init__(base_url, **kwargs)
        self._headers[auth_header_name] = f"{prefix} {token}" if prefix else token
