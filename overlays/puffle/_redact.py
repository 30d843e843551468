"""Keeping credentials out of everything a user or a log can see: exception text, headers, reprs.

A server may echo what it received (the key in an error ``code``, the cookie in ``X-Request-Id``), so every
string taken from a response passes through a `Redactor` before it is put into an exception.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import httpx

__all__ = ["REDACTED", "SECRET_HEADERS", "Redactor"]

REDACTED = "[redacted]"
SECRET_HEADERS = frozenset({"authorization", "cookie", "proxy-authorization", "set-cookie"})
# Cookie values shorter than this are too generic to hunt for in text (``lang=en``); session tokens are long.
_MIN_PART = 8


def _tails(secret: str) -> list[str]:
    """What follows each ``_`` of a secret (``pk_live_<rest>`` -> ``live_<rest>``, ``<rest>``): a server that
    strips a key's well-known prefix before echoing it still echoes the secret part."""
    return [secret[i + 1 :] for i, ch in enumerate(secret) if ch == "_" and len(secret) - i - 1 >= _MIN_PART]


class Redactor:
    """Replaces each known secret, and each long-enough part of it (a cookie's value alone), with REDACTED."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        found: set[str] = set()
        for secret in secrets:
            if not secret:
                continue
            found.add(secret)
            for pair in secret.split(";"):
                _, _, value = pair.partition("=")
                for part in (pair.strip(), value.strip()):
                    if len(part) >= _MIN_PART:
                        found.add(part)
                        found.update(_tails(part))
        # Longest first, so that a whole secret is replaced before a part of it could split it.
        self._secrets = tuple(sorted(found, key=len, reverse=True))

    def __bool__(self) -> bool:
        return bool(self._secrets)

    def __repr__(self) -> str:
        return f"Redactor({len(self._secrets)} secrets)"

    def text(self, value: str) -> str:
        for secret in self._secrets:
            if secret in value:
                value = value.replace(secret, REDACTED)
        return value

    def optional(self, value: str | None) -> str | None:
        return None if value is None else self.text(value)

    def headers(self, headers: Mapping[str, str]) -> httpx.Headers:
        """A copy with credential headers hidden and secrets removed from every other value."""
        items = headers.multi_items() if isinstance(headers, httpx.Headers) else list(headers.items())
        return httpx.Headers([(k, REDACTED if k.lower() in SECRET_HEADERS else self.text(v)) for k, v in items])

    def request(self, request: httpx.Request) -> httpx.Request:
        """A copy of ``request`` safe to keep on an exception (no credentials in its headers)."""
        try:
            content = request.content
        except httpx.RequestNotRead:
            content = b""
        return httpx.Request(request.method, request.url, headers=self.headers(request.headers), content=content)
