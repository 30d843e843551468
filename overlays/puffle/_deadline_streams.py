"""Network stream wrappers that apply the calling thread's attempt deadline (see `_deadline`) to each socket
read, write, connect and TLS handshake of the SDK's own sync connection pool."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from ._deadline import time_left

__all__ = ["install"]


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            return self._inner.read(max_bytes, time_left(timeout, httpcore.ReadTimeout))
        except httpcore.ReadTimeout:
            # say so when it was the attempt's deadline (socket timers may fire a hair early), not one slow read
            time_left(timeout, httpcore.ReadTimeout, slack=0.05)
            raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, time_left(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, time_left(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _Stream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(
            self._inner.connect_unix_socket(path, time_left(timeout, httpcore.ConnectTimeout), socket_options)
        )

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def install(transport: httpx.HTTPTransport) -> bool:
    """Wrap the network backend of the SDK's own pool; False when httpx's internals differ (then only the body
    read is bounded as a whole, between reads)."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if pool is None or not isinstance(backend, httpcore.NetworkBackend):
        return False
    pool._network_backend = _Backend(backend)
    return True
