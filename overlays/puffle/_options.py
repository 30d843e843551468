"""Client settings: environment lookup, validation, and the per-client/per-call options object."""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._ratelimit import RateLimit
from .errors import ConfigurationError

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "ClientOptions",
    "PuffleWarning",
    "resolve_api_key",
    "resolve_base_url",
]

DEFAULT_BASE_URL = "https://app.puffle.ai"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
ENV_KEY = "PUFFLE_API_KEY"
ENV_BASE_URL = "PUFFLE_API_BASE_URL"


class PuffleWarning(UserWarning):
    """Something about the client's settings looks wrong but does not stop it."""


@dataclass(frozen=True)
class ClientOptions:
    """Behaviour knobs shared by `Puffle` and `AsyncPuffle`; change them per call site with ``with_options``.

    ``max_retries``: retries after the first attempt. ``timeout``: an ``httpx.Timeout`` or seconds.
    ``initial_retry_delay`` / ``max_retry_delay``: exponential backoff bounds (seconds) when the server gives no
    ``Retry-After``. ``max_retry_after``: the longest server-requested wait the client will sleep through;
    longer ones raise `RateLimitError` at once. ``rate_limit``: client-side token bucket, or None for none.
    """

    max_retries: int = 2
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    initial_retry_delay: float = 0.5
    max_retry_delay: float = 8.0
    max_retry_after: float = 60.0
    rate_limit: RateLimit | None = field(default_factory=RateLimit)

    def __post_init__(self) -> None:
        if not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ConfigurationError("max_retries must be a whole number >= 0")
        if self.initial_retry_delay < 0 or self.max_retry_delay < 0 or self.max_retry_after < 0:
            raise ConfigurationError("retry delays must be >= 0")

    def evolve(self, **changes: Any) -> ClientOptions:
        if "timeout" in changes and not isinstance(changes["timeout"], httpx.Timeout):
            changes["timeout"] = httpx.Timeout(changes["timeout"])
        return replace(self, **changes)


def resolve_api_key(api_key: str | None, *, required: bool) -> str | None:
    key = api_key if api_key is not None else os.environ.get(ENV_KEY)
    if key is not None:
        key = key.strip()
    if not key:
        if required:
            raise ConfigurationError(
                f"No Puffle API key: pass api_key=... or set the {ENV_KEY} environment variable "
                "(create a key in the Puffle dashboard under Settings -> API)."
            )
        return None
    if not key.startswith("pk_"):
        warnings.warn(
            "The Puffle API key does not start with 'pk_'; the API will probably reject it.",
            PuffleWarning,
            stacklevel=4,
        )
    return key


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    import ipaddress

    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_base_url(base_url: str | None) -> str:
    url = (base_url if base_url is not None else os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL).strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"base_url must be an http(s) URL with a host, got {url!r}")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ConfigurationError(
            f"Refusing plain http:// for {parts.hostname!r}: the API key would travel unencrypted. "
            "Use https://, or a loopback host (127.0.0.1, localhost, ::1) for a local mock server."
        )
    return url.rstrip("/")
