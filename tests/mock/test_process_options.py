"""Server-wide options: --rate-limit, --error-rate, --latency, plus the admin endpoints and the launchers."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from importlib.metadata import entry_points

import httpx
import pytest

from puffle import errors
from puffle.mock import MockConfig, MockProcess, serve_in_thread
from puffle_client.api.account import get_account
from tests.mock.helpers import assert_error
from tests.support.mock_server import client_for, running_mock

SMALL = ("--size", "signals=10", "--size", "leads=20", "--size", "messages=20", "--size", "campaignLeads=20")


@pytest.fixture(scope="module")
def limited() -> Iterator[MockProcess]:
    with running_mock("--rate-limit", "5/min", "--latency", "0.1", *SMALL) as server:
        yield server


def test_rate_limit_is_a_token_bucket_per_api_key(limited: MockProcess) -> None:
    first = httpx.Client(base_url=limited.url, headers={"Authorization": "Bearer pk_first"})
    statuses = [first.get("/api/account").status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]
    refused = first.get("/api/account")
    assert_error(refused, 429, code="rate_limited")
    assert 1 <= int(refused.headers["retry-after"]) <= 12
    second = httpx.get(f"{limited.url}/api/account", headers={"Authorization": "Bearer pk_second"})
    assert second.status_code == 200, "each API key has its own bucket"
    with client_for(limited, api_key="pk_first") as client, pytest.raises(errors.RateLimitError) as caught:
        get_account.sync(client=client)
    assert caught.value.retry_after is not None and caught.value.retry_after >= 1


def test_latency_is_added_to_every_api_request() -> None:
    # A whole second of latency: the lower bound is the server's own sleep, and the admin request has a 1 s margin,
    # so a loaded machine cannot make either assertion flaky.
    with running_mock("--latency", "1.0", *SMALL) as slow:
        began = time.monotonic()
        httpx.get(f"{slow.url}/api/threads", headers={"Authorization": "Bearer pk_latency"}, timeout=30)
        assert time.monotonic() - began >= 1.0
        began = time.monotonic()
        httpx.get(f"{slow.url}/__mock/health", timeout=30)
        assert time.monotonic() - began < 1.0, "admin endpoints are not slowed down"


def _error_pattern(mock: MockProcess) -> list[int]:
    with httpx.Client(base_url=mock.url, headers={"Authorization": "Bearer pk_chaos"}) as client:
        return [client.get("/api/account").status_code for _ in range(40)]


def test_error_rate_is_random_but_seeded() -> None:
    with running_mock("--error-rate", "0.5", *SMALL, seed=7) as one:
        pattern = _error_pattern(one)
        one.reset()
        assert _error_pattern(one) == pattern, "a reset replays the same errors"
    with running_mock("--error-rate", "0.5", *SMALL, seed=7) as two:
        assert _error_pattern(two) == pattern, "the same seed fails the same requests"
    assert set(pattern) == {200, 500}
    assert 8 <= pattern.count(500) <= 32


def test_stats_count_requests_per_operation(mock: MockProcess, http: httpx.Client) -> None:
    mock.reset()
    http.get("/api/account")
    http.get("/api/account")
    http.get("/api/threads", params={"limit": 0})  # rejected requests are still counted
    http.get("/api/unknown")
    stats = mock.stats()
    assert stats["operations"] == {"getAccount": 2, "listThreads": 1}
    assert stats["total"] == 4
    assert stats["resources"]["signals"] == 2000


def test_admin_items_endpoint(mock: MockProcess) -> None:
    rows = httpx.get(f"{mock.url}/__mock/items/campaignLeads").json()["items"]
    assert rows and all(row["links"]["campaigns"] == [row["item"]["campaign_id"]] for row in rows)
    assert httpx.get(f"{mock.url}/__mock/items/account").json()["singleton"]["account"]
    assert httpx.get(f"{mock.url}/__mock/items/nope").status_code == 404


def test_serve_in_thread() -> None:
    server = serve_in_thread(MockConfig(seed=3, sizes={"signals": 5, "leads": 5, "messages": 5, "campaignLeads": 5}))
    try:
        response = httpx.get(f"{server.url}/api/signals", headers={"Authorization": "Bearer pk_thread"})
        assert len(response.json()["signals"]) == 5
    finally:
        server.stop()


def test_command_line() -> None:
    shown = subprocess.run([sys.executable, "-m", "puffle.mock", "--help"], capture_output=True, text=True, check=True)
    for option in ("--port", "--seed", "--size", "--fail-tasks", "--rate-limit", "--error-rate", "--latency"):
        assert option in shown.stdout
    wrong = subprocess.run(
        [sys.executable, "-m", "puffle.mock", "--rate-limit", "lots"], capture_output=True, text=True, check=False
    )
    assert wrong.returncode == 2
    assert "rate limit" in wrong.stderr
    unknown = subprocess.run(
        [sys.executable, "-m", "puffle.mock", "--port", "0", "--size", "unicorns=3"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert unknown.returncode == 2
    assert "unicorns" in unknown.stderr
    scripts = {ep.name: ep.value for ep in entry_points(group="console_scripts")}
    assert scripts["puffle-mock"] == "puffle.mock.__main__:main"
