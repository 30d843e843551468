"""`Puffle` and `AsyncPuffle`: clients for every generated endpoint function, with retries and typed errors.

`Puffle` is a generated sync `AuthenticatedClient`, `AsyncPuffle` a generated `AsyncAuthenticatedClient`: the
``sync*`` functions take the first, the ``asyncio*`` functions the second, and mixing them up is a type error
(and a clear ``TypeError`` at run time).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any, NoReturn, Self

import httpx

from puffle_client.client import AsyncAuthenticatedClient, AuthenticatedClient, BaseClient
from puffle_client.resources import AsyncResources, Resources

from ._auth import PuffleAuth
from ._connections import Pool, proxy_password
from ._options import ClientOptions, resolve_api_key, resolve_base_url
from ._ratelimit import RateLimit, TokenBucket
from ._redact import Redactor
from ._transport import AsyncPuffleTransport, PuffleTransport
from ._version import __version__
from .errors import ClientClosedError

__all__ = ["AsyncPuffle", "Puffle"]

_UNCHANGED: Any = object()
USER_AGENT = f"puffle-python/{__version__}"
# Only encodings the transport decodes itself, within the size limit (see _body.decode).
ACCEPT_ENCODING = "gzip, deflate"


class _PuffleCore(BaseClient):
    """Construction and option handling shared by the sync and async clients."""

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        session_cookie: str | Mapping[str, str] | None = None,
        max_retries: int = 2,
        timeout: httpx.Timeout | float | None = None,
        total_timeout: float | None = None,
        max_response_bytes: int | None = None,
        rate_limit: RateLimit | None = _UNCHANGED,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        options: ClientOptions | None = None,
    ) -> None:
        """Create a client.

        ``api_key`` defaults to ``$PUFFLE_API_KEY``; ``base_url`` to ``$PUFFLE_API_BASE_URL`` or
        ``https://app.puffle.ai``. ``session_cookie`` (a ``Cookie`` header value or a mapping) is needed only for
        the dashboard-session operations under ``/api/user/api-key``. ``timeout`` bounds each attempt as a whole
        and ``total_timeout`` the whole call with its retries (see `ClientOptions`). ``rate_limit=None`` turns
        the client-side limiter off. ``transport`` / ``async_transport`` replace the network layer (tests,
        custom proxies); retries, deadlines and typed errors still wrap them.
        """
        key = resolve_api_key(api_key, required=session_cookie is None)
        url = resolve_base_url(base_url)
        BaseClient.__init__(
            self, url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING, **dict(headers or {})}
        )
        changes: dict[str, Any] = {"max_retries": max_retries}
        if timeout is not None:
            changes["timeout"] = timeout
        if total_timeout is not None:
            changes["total_timeout"] = total_timeout
        if max_response_bytes is not None:
            changes["max_response_bytes"] = max_response_bytes
        if rate_limit is not _UNCHANGED:
            changes["rate_limit"] = rate_limit
        self.options = (options or ClientOptions()).evolve(**changes)
        self._auth = PuffleAuth(key, session_cookie)
        self._redactor = Redactor([key, self._auth.cookie, proxy_password(url)])
        self._limiter = TokenBucket(self.options.rate_limit) if self.options.rate_limit else None
        self._pool = Pool(url, transport, async_transport)
        self._is_copy = False
        self._closed = False
        self._lock = threading.Lock()  # the httpx client is made on first use, possibly from several threads

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, max_retries={self.options.max_retries})"

    @property
    def base_url(self) -> str:
        return self._base_url

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosedError(f"this {type(self).__name__} was closed; create a new one to send more requests")
        self._pool.check_open()

    def _http_args(self) -> dict[str, Any]:
        return {"base_url": self._base_url, "headers": self._headers, "timeout": self.options.timeout}

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        rate_limit: RateLimit | None = _UNCHANGED,
        headers: Mapping[str, str] | None = None,
        **option_changes: Any,
    ) -> Self:
        """A client that shares this one's connection pool, credentials and rate limiter, with other options.

        Example: ``client.with_options(max_retries=0, timeout=5, headers={"X-Trace": "1"})``. The original
        client is unchanged; closing the original closes the shared pool for every copy.
        """
        self._check_open()
        changes = dict(option_changes)
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if timeout is not None:
            changes["timeout"] = timeout
        if rate_limit is not _UNCHANGED:
            changes["rate_limit"] = rate_limit
        options = self.options.evolve(**changes)
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.options = options
        clone._headers = {**self._headers, **dict(headers or {})}
        clone._is_copy = True
        clone._closed = False
        clone._lock = threading.Lock()
        clone._reset_http_client()
        if "rate_limit" in changes:
            clone._limiter = TokenBucket(options.rate_limit) if options.rate_limit else None
        return clone

    def _reset_http_client(self) -> None:
        raise NotImplementedError


class Puffle(_PuffleCore, AuthenticatedClient, Resources):
    """Synchronous Puffle client: ``client.<resource>.<method>(...)``; also the ``client=`` of generated ``sync``.

    Example:
        >>> from puffle import Puffle
        >>> from puffle_client.api.account import get_account
        >>> with Puffle() as client:  # key from $PUFFLE_API_KEY
        ...     account = get_account.sync(client=client)
    """

    _client: httpx.Client | None

    def __init__(self, api_key: str | None = None, base_url: str | None = None, **kwargs: Any) -> None:
        self._client = None
        super().__init__(api_key, base_url, **kwargs)

    def _reset_http_client(self) -> None:
        self._client = None

    def set_httpx_client(self, client: httpx.Client) -> NoReturn:
        """Refused: an outside httpx.Client would bypass authentication, retries and typed errors."""
        raise TypeError(
            "Puffle builds its own httpx.Client (auth, retries, deadlines, typed errors); pass transport=... "
            "(an httpx.BaseTransport) to Puffle() to change the network layer, or use with_options(...)"
        )

    def get_httpx_client(self) -> httpx.Client:
        with self._lock:
            self._check_open()
            if self._client is None:
                transport = PuffleTransport(
                    self._pool.sync(), self.options, self._limiter, owns_inner=False, redact=self._redactor
                )
                self._client = httpx.Client(**self._http_args(), auth=self._auth, transport=transport)
            return self._client

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: Any) -> None:
        self.close()

    def close(self) -> None:
        """Close this client's connections. On the original client this also closes every copy's pool."""
        with self._lock:
            self._closed = True
            client, self._client = self._client, None
        if client is not None:
            client.close()
        if not self._is_copy:
            self._pool.close()


class AsyncPuffle(_PuffleCore, AsyncAuthenticatedClient, AsyncResources):
    """Asynchronous Puffle client for the generated ``asyncio`` / ``asyncio_detailed`` functions.

    Example:
        >>> async with AsyncPuffle() as client:  # doctest: +SKIP
        ...     account = await get_account.asyncio(client=client)
    """

    _async_client: httpx.AsyncClient | None

    def __init__(self, api_key: str | None = None, base_url: str | None = None, **kwargs: Any) -> None:
        self._async_client = None
        super().__init__(api_key, base_url, **kwargs)

    def _reset_http_client(self) -> None:
        self._async_client = None

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> NoReturn:
        """Refused: an outside httpx.AsyncClient would bypass authentication, retries and typed errors."""
        raise TypeError(
            "AsyncPuffle builds its own httpx.AsyncClient (auth, retries, deadlines, typed errors); pass "
            "async_transport=... (an httpx.AsyncBaseTransport) to AsyncPuffle() instead, or use with_options(...)"
        )

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        with self._lock:
            self._check_open()
            if self._async_client is None:
                transport = AsyncPuffleTransport(
                    self._pool.async_(), self.options, self._limiter, owns_inner=False, redact=self._redactor
                )
                self._async_client = httpx.AsyncClient(**self._http_args(), auth=self._auth, transport=transport)
            return self._async_client

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close this client's connections. On the original client this also closes every copy's pool."""
        with self._lock:
            self._closed = True
            client, self._async_client = self._async_client, None
        if client is not None:
            await client.aclose()
        if not self._is_copy:
            await self._pool.aclose()
