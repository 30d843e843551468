"""`Puffle` and `AsyncPuffle`: clients for every generated endpoint function, with retries and typed errors."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any, Self

import httpx

from puffle_client.client import Client
from puffle_client.resources import AsyncResources, Resources

from ._auth import PuffleAuth
from ._options import ClientOptions, resolve_api_key, resolve_base_url
from ._ratelimit import RateLimit, TokenBucket
from ._transport import AsyncPuffleTransport, PuffleTransport
from ._version import __version__

__all__ = ["AsyncPuffle", "Puffle"]

_UNCHANGED: Any = object()
USER_AGENT = f"puffle-python/{__version__}"


class _Pool:
    """The network transports (connection pools) of a client and its ``with_options`` copies, made on first use."""

    def __init__(self, sync: httpx.BaseTransport | None, async_: httpx.AsyncBaseTransport | None) -> None:
        self.sync_transport = sync
        self.async_transport = async_

    def sync(self) -> httpx.BaseTransport:
        if self.sync_transport is None:
            self.sync_transport = httpx.HTTPTransport()
        return self.sync_transport

    def async_(self) -> httpx.AsyncBaseTransport:
        if self.async_transport is None:
            self.async_transport = httpx.AsyncHTTPTransport()
        return self.async_transport


class _PuffleBase(Client):
    """Shared construction and option handling for the sync and async clients."""

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        session_cookie: str | Mapping[str, str] | None = None,
        max_retries: int = 2,
        timeout: httpx.Timeout | float | None = None,
        rate_limit: RateLimit | None = _UNCHANGED,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        options: ClientOptions | None = None,
    ) -> None:
        """Create a client.

        ``api_key`` defaults to ``$PUFFLE_API_KEY``; ``base_url`` to ``$PUFFLE_API_BASE_URL`` or
        ``https://app.puffle.ai``. ``session_cookie`` (a ``Cookie`` header value or a mapping) is needed only for
        the dashboard-session operations under ``/api/user/api-key``. ``rate_limit=None`` turns the client-side
        limiter off. ``transport`` / ``async_transport`` replace the network layer (tests, proxies).
        """
        key = resolve_api_key(api_key, required=session_cookie is None)
        url = resolve_base_url(base_url)
        super().__init__(url, headers={"User-Agent": USER_AGENT, **dict(headers or {})})
        opts = options or ClientOptions()
        changes: dict[str, Any] = {"max_retries": max_retries}
        if timeout is not None:
            changes["timeout"] = timeout
        if rate_limit is not _UNCHANGED:
            changes["rate_limit"] = rate_limit
        self.options = opts.evolve(**changes)
        self._auth = PuffleAuth(key, session_cookie)
        self._limiter = TokenBucket(self.options.rate_limit) if self.options.rate_limit else None
        self._pool = _Pool(transport, async_transport)
        self._owns_transport = True
        self._lock = threading.Lock()  # the httpx clients are made on first use, possibly from several threads

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, max_retries={self.options.max_retries})"

    @property
    def base_url(self) -> str:
        return self._base_url

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        rate_limit: RateLimit | None = _UNCHANGED,
        **option_changes: Any,
    ) -> Self:
        """A client that shares this one's connections, credentials and rate limiter, with other options.

        Example: ``client.with_options(max_retries=0, timeout=5)``. The original client is unchanged.
        """
        changes = dict(option_changes)
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if timeout is not None:
            changes["timeout"] = timeout
        if rate_limit is not _UNCHANGED:
            changes["rate_limit"] = rate_limit
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.options = self.options.evolve(**changes)
        clone._client = None
        clone._async_client = None
        clone._owns_transport = False
        clone._lock = threading.Lock()
        if "rate_limit" in changes:
            clone._limiter = TokenBucket(clone.options.rate_limit) if clone.options.rate_limit else None
        return clone

    def get_httpx_client(self) -> httpx.Client:
        with self._lock:
            return self._sync_client()

    def _sync_client(self) -> httpx.Client:
        if self._client is None:
            transport = PuffleTransport(
                self._pool.sync(),
                self.options,
                self._limiter,
                owns_inner=self._owns_transport,
                redact=self._auth.api_key,
            )
            self._client = httpx.Client(
                base_url=self._base_url,
                headers=self._headers,
                timeout=self.options.timeout,
                auth=self._auth,
                transport=transport,
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        with self._lock:
            return self._async_client_()

    def _async_client_(self) -> httpx.AsyncClient:
        if self._async_client is None:
            transport = AsyncPuffleTransport(
                self._pool.async_(),
                self.options,
                self._limiter,
                owns_inner=self._owns_transport,
                redact=self._auth.api_key,
            )
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                headers=self._headers,
                timeout=self.options.timeout,
                auth=self._auth,
                transport=transport,
            )
        return self._async_client


class Puffle(_PuffleBase, Resources):
    """Synchronous Puffle client. Pass it as ``client=`` to any generated endpoint function.

    Example:
        >>> from puffle import Puffle
        >>> from puffle_client.api.account import get_account
        >>> with Puffle() as client:  # key from $PUFFLE_API_KEY
        ...     account = get_account.sync(client=client)
    """

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: Any) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        elif self._owns_transport and self._pool.sync_transport is not None:
            self._pool.sync_transport.close()


class AsyncPuffle(_PuffleBase, AsyncResources):
    """Asynchronous Puffle client for the generated ``asyncio`` / ``asyncio_detailed`` functions.

    Example:
        >>> async with AsyncPuffle() as client:  # doctest: +SKIP
        ...     account = await get_account.asyncio(client=client)
    """

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()
        elif self._owns_transport and self._pool.async_transport is not None:
            await self._pool.async_transport.aclose()
