"""Connection pools shared by a client and its ``with_options`` copies, and what every client can share.

Building an SSL context costs ~20 ms of CPU (loading the CA bundle); one context is built on first need and
shared by every client of the process (an ``ssl.SSLContext`` is safe to share between threads). Proxies come
from ``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``ALL_PROXY`` and ``NO_PROXY`` like in httpx, except that loopback hosts
(a local mock server) are never proxied.
"""

from __future__ import annotations

import os
import ssl
import threading
import urllib.request
from urllib.parse import urlsplit

import httpx

from ._options import _is_loopback
from .errors import ClientClosedError

__all__ = ["Pool", "environment_proxy", "proxy_password", "shared_ssl_context"]

_ssl_lock = threading.Lock()
_ssl_context: ssl.SSLContext | None = None


def shared_ssl_context() -> ssl.SSLContext:
    """The process-wide verifying SSL context (honours ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` like httpx)."""
    global _ssl_context
    with _ssl_lock:
        if _ssl_context is None:
            _ssl_context = httpx.create_ssl_context()
        return _ssl_context


def _env(name: str) -> str | None:
    """A proxy variable, lowercase first (as urllib and curl read them)."""
    return os.environ.get(name) or os.environ.get(name.upper()) or None


def environment_proxy(base_url: str) -> str | None:
    """The proxy URL the environment asks for when calling ``base_url``, or None.

    Reads the few variables by name (scanning all of ``os.environ`` cost more than the rest of a client).
    """
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    proxy = _env(f"{parts.scheme}_proxy") or _env("all_proxy")
    if proxy is None or _is_loopback(host):
        return None
    no_proxy = _env("no_proxy")
    bypass = getattr(urllib.request, "proxy_bypass_environment")  # noqa: B009 - missing from typeshed
    if no_proxy and bypass(host, {"no": no_proxy}):
        return None
    return proxy


def proxy_password(base_url: str) -> str | None:
    """The password in the proxy URL for ``base_url``, if any: a secret to keep out of error text too."""
    proxy = environment_proxy(base_url)
    if proxy is None:
        return None
    try:
        return httpx.URL(proxy).password or None
    except httpx.InvalidURL:
        return None


class Pool:
    """The network transports (connection pools) of a client and its ``with_options`` copies, made on first use.

    A lock makes concurrent first uses from several copies share one pool; ``close`` closes it for all copies,
    and any later use is a `ClientClosedError`.
    """

    def __init__(
        self,
        base_url: str,
        sync: httpx.BaseTransport | None,
        async_: httpx.AsyncBaseTransport | None,
    ) -> None:
        self.base_url = base_url
        self.sync_transport = sync
        self.async_transport = async_
        self.closed = False
        self._lock = threading.Lock()

    def check_open(self) -> None:
        if self.closed:
            raise ClientClosedError("this client was closed; create a new Puffle/AsyncPuffle to send more requests")

    def sync(self) -> httpx.BaseTransport:
        with self._lock:
            self.check_open()
            if self.sync_transport is None:
                from ._deadline_streams import install

                transport = httpx.HTTPTransport(verify=shared_ssl_context(), proxy=environment_proxy(self.base_url))
                install(transport)
                self.sync_transport = transport
            return self.sync_transport

    def async_(self) -> httpx.AsyncBaseTransport:
        with self._lock:
            self.check_open()
            if self.async_transport is None:
                self.async_transport = httpx.AsyncHTTPTransport(
                    verify=shared_ssl_context(), proxy=environment_proxy(self.base_url)
                )
            return self.async_transport

    def close(self) -> None:
        with self._lock:
            self.closed = True
            transport, self.sync_transport = self.sync_transport, None
        if transport is not None:
            transport.close()

    async def aclose(self) -> None:
        with self._lock:
            self.closed = True
            transport, self.async_transport = self.async_transport, None
        if transport is not None:
            await transport.aclose()
