"""Shared fixtures: a real scriptable HTTP server on 127.0.0.1 and clients pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

import puffle
from tests.support.fault_server import FaultServer

TEST_KEY = "pk_live_test_0123456789abcdef_SECRET"


@pytest.fixture(scope="session")
def _server() -> Iterator[FaultServer]:
    server = FaultServer().start()
    yield server
    server.stop()


@pytest.fixture
def server(_server: FaultServer) -> Iterator[FaultServer]:
    _server.reset()
    yield _server
    _server.reset()


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the SDK's sleeps instead of sleeping (retry backoff, rate limiting)."""
    slept: list[float] = []

    def fake(seconds: float) -> None:
        slept.append(seconds)

    async def afake(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr("puffle._transport.sleep", fake)
    monkeypatch.setattr("puffle._transport.async_sleep", afake)
    return slept


@pytest.fixture
def client(server: FaultServer, no_sleep: list[float]) -> Iterator[puffle.Puffle]:
    with puffle.Puffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None, timeout=5) as c:
        yield c


@pytest.fixture
async def aclient(server: FaultServer, no_sleep: list[float]) -> AsyncIterator[puffle.AsyncPuffle]:
    async with puffle.AsyncPuffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None, timeout=5) as c:
        yield c
