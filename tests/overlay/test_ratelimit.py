"""The client-side token bucket, with an injected clock so every wait is exact."""

from __future__ import annotations

import asyncio
import threading

import pytest

import puffle
from puffle import errors
from puffle._ratelimit import RateLimit, TokenBucket
from puffle_client.api.account import get_account
from tests.conftest import TEST_KEY
from tests.overlay.helpers import ACCOUNT
from tests.support.fault_server import FaultServer, Reply


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_burst_then_steady_rate() -> None:
    clock = Clock()
    bucket = TokenBucket(RateLimit(requests=60, per=60, burst=3), clock=clock)
    assert [bucket.reserve() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.reserve() == pytest.approx(1.0)  # one token per second
    assert bucket.reserve() == pytest.approx(2.0)  # reservations queue up
    clock.now += 10  # refill is capped at the burst size
    assert [bucket.reserve() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.reserve() == pytest.approx(1.0)


def test_default_is_100_per_minute() -> None:
    clock = Clock()
    bucket = TokenBucket(RateLimit(), clock=clock)
    waits = [bucket.reserve() for _ in range(20)]
    assert waits[:10] == [0.0] * 10
    assert waits[10] == pytest.approx(0.6) and waits[19] == pytest.approx(6.0)


def test_thread_safe_reservations_are_unique() -> None:
    clock = Clock()
    bucket = TokenBucket(RateLimit(requests=1, per=1, burst=1), clock=clock)
    results: list[float] = []
    lock = threading.Lock()

    def take() -> None:
        for _ in range(50):
            w = bucket.reserve()
            with lock:
                results.append(w)

    threads = [threading.Thread(target=take) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == pytest.approx([float(i) for i in range(400)])  # every slot handed out once


def test_asyncio_tasks_share_the_bucket() -> None:
    clock = Clock()
    bucket = TokenBucket(RateLimit(requests=2, per=1, burst=1), clock=clock)
    waited: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waited.append(seconds)

    async def main() -> None:
        await asyncio.gather(*(bucket.aacquire(fake_sleep) for _ in range(5)))

    asyncio.run(main())
    assert sorted(waited) == pytest.approx([0.5, 1.0, 1.5, 2.0])


def test_client_requests_go_through_the_bucket(server: FaultServer, no_sleep: list[float]) -> None:
    server.default("GET /api/account", Reply(200, ACCOUNT))
    limit = RateLimit(requests=1, per=1, burst=2)
    with puffle.Puffle(api_key=TEST_KEY, base_url=server.url, rate_limit=limit) as client:
        for _ in range(4):
            get_account.sync(client=client)
    assert len(no_sleep) == 2 and all(0.5 < s <= 2.0 for s in no_sleep)
    assert server.count("GET /api/account") == 4


def test_rate_limit_can_be_switched_off(server: FaultServer, no_sleep: list[float]) -> None:
    server.default("GET /api/account", Reply(200, ACCOUNT))
    with puffle.Puffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None) as client:
        for _ in range(30):
            get_account.sync(client=client)
    assert no_sleep == []


def test_bad_rate_limit_is_a_typed_error() -> None:
    with pytest.raises(errors.ConfigurationError):
        RateLimit(requests=0)
