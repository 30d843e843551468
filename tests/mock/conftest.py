"""Fixtures of the mock server tests: one shared server process, reset where a test needs seeded data."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

import puffle
from puffle.mock import MockProcess
from tests.support.mock_server import client_for, http_for, running_mock


@pytest.fixture(scope="session")
def mock() -> Iterator[MockProcess]:
    with running_mock() as server:
        yield server


@pytest.fixture
def fresh(mock: MockProcess) -> MockProcess:
    """The shared server, reset to its seeded data first (for tests that count seeded items)."""
    mock.reset()
    return mock


@pytest.fixture
def api(mock: MockProcess) -> Iterator[puffle.Puffle]:
    with client_for(mock) as client:
        yield client


@pytest.fixture
def http(mock: MockProcess) -> Iterator[httpx.Client]:
    with http_for(mock) as client:
        yield client
