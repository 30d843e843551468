"""pytest fixtures for contract-testing an integration against the Puffle mock server.

Installed with the ``mock`` extra (``pip install 'puffle[mock]'``) and registered through the ``pytest11``
entry point, so a test suite only has to ask for the fixtures:

``puffle_mock_server``  (session) one mock server process for the whole run (`puffle.mock.MockProcess`);
``puffle_mock``         the same server, reset to its seeded data (and zeroed counters) before the test;
``puffle_client``       a `puffle.Puffle` pointed at the freshly reset server, closed after the test;
``puffle_mock_stats``   a `MockStats` reading ``/__mock/stats``: which operations the test called, how often.

Server options come from the ``puffle_mock_args`` ini setting (or ``--puffle-mock-args``), e.g.
``puffle_mock_args = --seed 7 --size leads=200``. Without the ``mock`` extra the fixtures fail with a message
naming ``pip install 'puffle[mock]'``; nothing here imports the server until a fixture is used.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import httpx
import pytest

import puffle

if TYPE_CHECKING:
    from puffle.mock import MockProcess

__all__ = ["API_KEY", "SESSION_COOKIE", "MockStats"]

API_KEY = "pk_test_puffle_mock"
SESSION_COOKIE = "session=sess_test_puffle_mock"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("puffle", "Puffle mock server")
    group.addoption(
        "--puffle-mock-args",
        default=None,
        help="command-line options of the Puffle mock server (default: the puffle_mock_args ini setting)",
    )
    parser.addini("puffle_mock_args", "command-line options of the Puffle mock server, e.g. --seed 7", default="")


class MockStats:
    """The mock's request counters since the last reset (``/__mock/stats``), for assertions in tests."""

    def __init__(self, url: str) -> None:
        self.url = url

    def snapshot(self) -> dict[str, Any]:
        """The raw stats: ``total`` requests, ``operations`` (operationId -> count), ``statuses`` (operationId ->
        status -> count) and ``resources`` sizes."""
        response = httpx.get(f"{self.url}/__mock/stats", timeout=30)
        response.raise_for_status()
        return dict(response.json())

    def calls(self, operation_id: str | None = None) -> int:
        """Requests for one operationId (all API requests when None) since the test's reset."""
        stats = self.snapshot()
        if operation_id is None:
            return int(stats["total"])
        return int(stats["operations"].get(operation_id, 0))

    def operations(self) -> dict[str, int]:
        """operationId -> request count, for every operation called since the reset."""
        return {str(k): int(v) for k, v in self.snapshot()["operations"].items()}

    def statuses(self, operation_id: str) -> dict[int, int]:
        """HTTP status -> responses the mock sent for ``operation_id`` since the reset (``{200: 2, 404: 1}``)."""
        counts = self.snapshot()["statuses"].get(operation_id, {})
        return {int(status): int(n) for status, n in counts.items()}

    def size(self, resource: str) -> int:
        """How many items the server holds for ``resource`` (``leads``, ``signals``, ...)."""
        return int(self.snapshot()["resources"][resource])

    def assert_called(self, operation_id: str, times: int | None = None) -> None:
        """Fail unless ``operation_id`` was called (exactly ``times`` times when given)."""
        count = self.calls(operation_id)
        if times is None:
            assert count > 0, f"{operation_id} was never called; calls: {self.operations()}"
        else:
            assert count == times, f"{operation_id} was called {count} times, expected {times}"

    def assert_not_called(self, operation_id: str) -> None:
        count = self.calls(operation_id)
        assert count == 0, f"{operation_id} was called {count} times, expected none"


def _server_args(config: pytest.Config) -> list[str]:
    text = config.getoption("--puffle-mock-args") or config.getini("puffle_mock_args") or ""
    return shlex.split(str(text))


@pytest.fixture(scope="session")
def puffle_mock_server(pytestconfig: pytest.Config) -> Iterator[MockProcess]:
    """One mock server process for the session (seeded once; `puffle_mock` resets it per test)."""
    from puffle import mock

    try:
        mock.require_extra()
    except mock.MockExtraMissing as exc:
        pytest.fail(str(exc), pytrace=False)
    with mock.launch(*_server_args(pytestconfig)) as server:
        yield server


@pytest.fixture
def puffle_mock(puffle_mock_server: MockProcess) -> MockProcess:
    """The session's mock server, reset to its seeded data and zeroed counters before this test."""
    puffle_mock_server.reset()
    return puffle_mock_server


@pytest.fixture
def puffle_client(puffle_mock: MockProcess) -> Iterator[puffle.Puffle]:
    """A `puffle.Puffle` for the freshly reset mock: test API key and session cookie, no client-side rate limit."""
    with puffle.Puffle(
        api_key=API_KEY, base_url=puffle_mock.url, session_cookie=SESSION_COOKIE, rate_limit=None
    ) as client:
        yield client


@pytest.fixture
def puffle_mock_stats(puffle_mock: MockProcess) -> MockStats:
    """Assertions on what this test asked the (freshly reset) mock server for."""
    return MockStats(puffle_mock.url)
