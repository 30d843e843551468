"""wait_for / await_for: poll a spec-declared async task to success, failure or timeout."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

import puffle
from puffle import errors
from puffle_client.api.account import get_account
from puffle_client.api.campaigns import launch_campaign
from puffle_client.api.enrichment import create_enrichment
from tests.conftest import TEST_KEY
from tests.support.fault_server import FaultServer, Reply

POLL = "GET /api/enrichment/run_1"
CAMPAIGN = "3c90c3cc-0d44-4b50-8888-8dd25736052a"


def run_status(status: str) -> Reply:
    return Reply(200, {"run": {"id": "run_1", "status": status}})


class FakeClock:
    """Time that only moves when the poller sleeps: exact, not timed."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def wait(mode: str, server: FaultServer, start: Any, started: Any, clock: FakeClock, **kw: Any) -> Any:
    if mode == "sync":
        with puffle.Puffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None) as c:
            return puffle.wait_for(start, started, client=c, clock=clock, sleep=clock.sleep, **kw)

    async def go() -> Any:
        async with puffle.AsyncPuffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None) as c:
            return await puffle.await_for(start, started, client=c, clock=clock, sleep=clock.asleep, **kw)

    return asyncio.run(go())


def started() -> Any:
    from puffle_client.models import EnrichmentDispatch as Started

    return Started.from_dict({"enrichmentRunId": "run_1"})


MODES = ["sync", "async"]


@pytest.mark.parametrize("mode", MODES)
def test_polls_until_success(server: FaultServer, mode: str) -> None:
    server.script(POLL, run_status("queued"), run_status("running"), run_status("running"), run_status("completed"))
    clock = FakeClock()
    final = wait(mode, server, create_enrichment, started(), clock, interval=2.0, backoff=2.0, max_interval=5.0)
    assert str(final.run.status) == "completed"
    assert server.count(POLL) == 4
    assert clock.sleeps == [2.0, 4.0, 5.0]  # interval grows by backoff, capped


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", ["failed", "cancelled"])
def test_failure_status_raises_task_failed(server: FaultServer, mode: str, status: str) -> None:
    server.script(POLL, run_status("running"), run_status(status))
    with pytest.raises(errors.TaskFailedError) as info:
        wait(mode, server, create_enrichment, started(), FakeClock())
    assert str(info.value.status) == status
    assert info.value.task.run.id == "run_1"
    assert info.value.operation_id == "createEnrichment"


@pytest.mark.parametrize("mode", MODES)
def test_timeout(server: FaultServer, mode: str) -> None:
    server.default(POLL, run_status("running"))
    clock = FakeClock()
    with pytest.raises(errors.TaskTimeoutError) as info:
        wait(mode, server, create_enrichment, started(), clock, interval=10.0, backoff=1.0, timeout=35.0)
    assert server.count(POLL) == 4  # polls at t=0, 10, 20, 30; the next would pass 35 s
    assert info.value.waited == 30.0
    assert str(info.value.status) == "running"


@pytest.mark.parametrize("mode", MODES)
def test_unknown_status_keeps_polling(server: FaultServer, mode: str) -> None:
    server.script(POLL, run_status("warming_up"), run_status("completed"))
    final = wait(mode, server, create_enrichment, started(), FakeClock())
    assert str(final.run.status) == "completed"


def test_poll_parameter_from_the_start_request(server: FaultServer) -> None:
    route = f"GET /api/campaigns/{CAMPAIGN}"
    server.script(
        route,
        Reply(200, {"campaign": {"id": CAMPAIGN, "status": "launching"}}),
        Reply(200, {"campaign": {"id": CAMPAIGN, "status": "active"}}),
    )
    final = wait("sync", server, launch_campaign, object(), FakeClock(), start_args={"id": CAMPAIGN})
    assert str(final.campaign.status) == "active"
    with pytest.raises(errors.ConfigurationError, match="start_args"):
        wait("sync", server, launch_campaign, object(), FakeClock())


def test_operation_without_task_is_a_type_error(server: FaultServer) -> None:
    with pytest.raises(TypeError, match="getAccount"):
        wait("sync", server, get_account, None, FakeClock())


@pytest.mark.parametrize("mode", MODES)
def test_a_hanging_poll_cannot_outlast_the_wait(server: FaultServer, mode: str) -> None:
    # The poll answer stalls for 3 s; the client's own timeout (5 s) would wait for it, the wait's 0.4 s may not.
    server.default(POLL, Reply(200, {"run": {"id": "run_1", "status": "running"}}, stall=3.0))
    with pytest.raises(errors.TaskTimeoutError) as info:
        if mode == "sync":
            with puffle.Puffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None, timeout=5) as c:
                puffle.wait_for(create_enrichment, started(), client=c, timeout=0.4)
        else:

            async def go() -> None:
                async with puffle.AsyncPuffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None, timeout=5) as c:
                    await puffle.await_for(create_enrichment, started(), client=c, timeout=0.4)

            asyncio.run(go())
    assert isinstance(info.value.__cause__, errors.APITimeoutError)
    assert server.count(POLL) == 1  # the time left was spent: no retry of the poll
