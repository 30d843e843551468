"""Per-operation authentication: Bearer API key, or the dashboard session cookie for `/api/user/api-key`."""

from __future__ import annotations

from collections.abc import Generator, Mapping

import httpx

from ._transport import operation_of
from .errors import ConfigurationError

__all__ = ["PuffleAuth"]


class PuffleAuth(httpx.Auth):
    """Adds the credential each operation's spec security asks for; never both.

    The key and cookie live only here and are never shown by ``repr``.
    """

    def __init__(self, api_key: str | None, session_cookie: str | Mapping[str, str] | None) -> None:
        self._api_key = api_key
        if isinstance(session_cookie, Mapping):
            session_cookie = "; ".join(f"{k}={v}" for k, v in session_cookie.items())
        self._cookie = session_cookie or None

    def __repr__(self) -> str:
        return (
            f"PuffleAuth(api_key={'set' if self._api_key else 'unset'}, "
            f"session_cookie={'set' if self._cookie else 'unset'})"
        )

    @property
    def api_key(self) -> str | None:
        return self._api_key

    @property
    def cookie(self) -> str | None:
        return self._cookie

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        op = operation_of(request)
        if op.get("auth") == "session":
            if not self._cookie:
                raise ConfigurationError(
                    f"{op.get('operation_id')} uses the dashboard session, not the API key: "
                    "pass session_cookie=... to the client"
                )
            request.headers.pop("Authorization", None)
            request.headers["Cookie"] = self._cookie
        elif op.get("auth") != "none":
            if not self._api_key:
                raise ConfigurationError(
                    "No Puffle API key: pass api_key=... or set the PUFFLE_API_KEY environment variable"
                )
            request.headers["Authorization"] = f"Bearer {self._api_key}"
        yield request
