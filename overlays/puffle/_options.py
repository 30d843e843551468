"""Client settings: environment lookup, validation, and the per-client/per-call options object."""

from __future__ import annotations

import math
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
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "ClientOptions",
    "PuffleWarning",
    "resolve_api_key",
    "resolve_base_url",
]

DEFAULT_BASE_URL = "https://app.puffle.ai"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
# The largest page of this API is well under 1 MiB; 32 MiB leaves room while stopping a gzip bomb early.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
ENV_KEY = "PUFFLE_API_KEY"
ENV_BASE_URL = "PUFFLE_API_BASE_URL"


class PuffleWarning(UserWarning):
    """Something about the client's settings looks wrong but does not stop it."""


@dataclass(frozen=True)
class ClientOptions:
    """Behaviour knobs shared by `Puffle` and `AsyncPuffle`; change them per call site with ``with_options``.

    ``max_retries``: retries after the first attempt. ``timeout``: seconds (or an ``httpx.Timeout``) that bound
    each attempt as a whole: connecting, sending, waiting and reading the entire body; an ``httpx.Timeout`` also
    bounds each phase, and its largest value is the attempt's bound. ``total_timeout``: seconds for the whole
    call including retries and the waits between them (None: attempts x timeout plus the waits).
    ``initial_retry_delay`` / ``max_retry_delay``: exponential backoff bounds (seconds) when the server gives no
    ``Retry-After``. ``max_retry_after``: the longest server-requested wait the client will sleep through;
    longer ones raise `RateLimitError` at once. ``rate_limit``: client-side token bucket, or None for none.
    ``max_response_bytes``: the largest response body accepted, raw or decompressed.
    """

    max_retries: int = 2
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    total_timeout: float | None = None
    initial_retry_delay: float = 1.0
    max_retry_delay: float = 8.0
    max_retry_after: float = 60.0
    rate_limit: RateLimit | None = field(default_factory=RateLimit)
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ConfigurationError(f"max_retries must be a whole number >= 0, got {self.max_retries!r}")
        for name in ("initial_retry_delay", "max_retry_delay", "max_retry_after"):
            _check_seconds(name, getattr(self, name), allow_zero=True)
        given: object = self.timeout
        if not isinstance(given, httpx.Timeout):  # seconds given directly: ClientOptions(timeout=5)
            object.__setattr__(self, "timeout", as_timeout(given))
        for phase, value in self.timeout.as_dict().items():
            if value is not None:
                _check_seconds(f"timeout ({phase})", value, allow_zero=False)
        if self.total_timeout is not None:
            _check_seconds("total_timeout", self.total_timeout, allow_zero=False)
        size = self.max_response_bytes
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise ConfigurationError(f"max_response_bytes must be a whole number >= 1, got {size!r}")
        if self.rate_limit is not None and not isinstance(self.rate_limit, RateLimit):
            raise ConfigurationError(f"rate_limit must be a RateLimit or None, got {self.rate_limit!r}")

    @property
    def attempt_timeout(self) -> float | None:
        """Seconds one attempt may take in all (None: unbounded, only when every phase is unbounded)."""
        values = [v for v in self.timeout.as_dict().values() if v is not None]
        return max(values) if values else None

    def evolve(self, **changes: Any) -> ClientOptions:
        if "timeout" in changes and not isinstance(changes["timeout"], httpx.Timeout):
            changes["timeout"] = as_timeout(changes["timeout"])
        try:
            return replace(self, **changes)
        except TypeError as exc:  # an unknown option name
            raise ConfigurationError(str(exc)) from None


def _check_seconds(name: str, value: Any, *, allow_zero: bool) -> None:
    ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    if not ok or value < 0 or (value == 0 and not allow_zero):
        bound = ">= 0" if allow_zero else "> 0"
        raise ConfigurationError(f"{name} must be a finite number of seconds {bound}, got {value!r}")


def as_timeout(value: Any) -> httpx.Timeout:
    """Seconds (or None for no bound) as an httpx.Timeout, with the same checks as the options."""
    if value is not None:
        _check_seconds("timeout", value, allow_zero=False)
    return httpx.Timeout(value)


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
