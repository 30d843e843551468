"""The Puffle mock server as a real separate process, for any test folder.

``running_mock()`` starts ``python -m puffle.mock --port 0 --seed 1 --validate-responses`` through the
installed `puffle.mock.launch` helper, waits until it answers and stops it afterwards. With
``--validate-responses`` the server answers 500 instead of sending a success body that does not match the
spec, so every test that gets a parsed response has also checked the mock against the spec.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

import puffle
from puffle.mock import MockProcess, launch

__all__ = ["API_KEY", "SESSION", "client_for", "http_for", "running_mock"]

API_KEY = "pk_test_mock_0123456789abcdef"
SESSION = "session=sess_test_mock"


@contextmanager
def running_mock(*extra: str, seed: int = 1, validate: bool = True) -> Iterator[MockProcess]:
    """A started mock server process (``.url``, ``.stats()``, ``.reset()``); stopped when the block ends."""
    args = ["--seed", str(seed), *(["--validate-responses"] if validate else []), *extra]
    with launch(*args) as mock:
        yield mock


def client_for(mock: MockProcess, **options: Any) -> puffle.Puffle:
    """A `puffle.Puffle` pointed at the mock: no client-side rate limit, no retries unless asked for."""
    settings: dict[str, Any] = {"rate_limit": None, "max_retries": 0, "timeout": 30, "session_cookie": SESSION}
    settings.update(options)
    return puffle.Puffle(api_key=settings.pop("api_key", API_KEY), base_url=mock.url, **settings)


def http_for(mock: MockProcess, *, key: str | None = API_KEY) -> httpx.Client:
    """A plain httpx client for the raw HTTP details the SDK hides (status lines, headers, bodies)."""
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return httpx.Client(base_url=mock.url, headers=headers, timeout=30)
