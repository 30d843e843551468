"""Async tasks advance one status per poll through the spec's poll operation, to success or to failure."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import puffle
from puffle import errors
from puffle.mock import MockProcess
from tests.contract.calls import Planner, call_arguments, module_of
from tests.mock.helpers import SPEC
from tests.support.mock_server import client_for, running_mock

TASK_STARTS = [op.operation_id for op in SPEC.operations if op.action == "task-start"]
WAITABLE = TASK_STARTS


def _start(mock: MockProcess, client: puffle.Puffle, operation_id: str) -> tuple[Any, Any, dict[str, Any]]:
    op = SPEC.by_id[operation_id]
    kwargs = call_arguments(Planner(mock.url).plan(op))
    module = module_of(operation_id)
    return module, module.sync(client=client, **kwargs), kwargs


def _expected_polls(operation_id: str) -> int:
    return len(SPEC.by_id[operation_id].mock.get("progress") or ("pending", "running"))


def test_every_spec_task_is_covered() -> None:
    assert sorted(TASK_STARTS) == sorted(
        ["createEnrichment", "createLeadSearch", "createSignalSearch", "launchCampaign", "createEmailDomain"]
    )


@pytest.mark.parametrize("operation_id", WAITABLE)
def test_task_reaches_its_first_success_status(fresh: MockProcess, api: puffle.Puffle, operation_id: str) -> None:
    task = SPEC.by_id[operation_id].task
    assert task is not None
    module, started, kwargs = _start(fresh, api, operation_id)
    before = fresh.stats()["operations"].get(task.poll, 0)
    done = puffle.wait_for(module, started, client=api, interval=0.001, timeout=10, start_args=kwargs)
    status = done.to_dict()
    for part in task.status:
        status = status[int(part)] if part.isdigit() else status[part]
    assert status == task.success[0]
    assert fresh.stats()["operations"][task.poll] - before == _expected_polls(operation_id)


@pytest.mark.parametrize("operation_id", WAITABLE)
def test_fault_header_makes_a_task_fail(mock: MockProcess, operation_id: str) -> None:
    task = SPEC.by_id[operation_id].task
    assert task is not None
    mock.reset()
    with client_for(mock, headers={"X-Puffle-Mock-Fault": "fail-task=1"}) as client:
        module, started, kwargs = _start(mock, client, operation_id)
        with pytest.raises(errors.TaskFailedError) as caught:
            puffle.wait_for(module, started, client=client, interval=0.001, timeout=10, start_args=kwargs)
    assert caught.value.status == task.failure[0]


def test_status_walks_pending_running_completed(fresh: MockProcess, http: httpx.Client) -> None:
    created = http.post("/api/signals/search", json={"query": "series B fintech"})
    assert created.status_code == 201
    search_id = created.json()["id"]
    assert created.json()["status"] == "pending"

    def poll(**params: str) -> dict[str, Any]:
        body = http.get("/api/signals/search", params=params).json()
        return next(s for s in body["searches"] if s["id"] == search_id)

    assert poll()["status"] == "pending", "a read without the poll parameter does not advance the task"
    assert poll(ids=search_id)["status"] == "running"
    finished = poll(ids=search_id)
    assert finished["status"] == "completed"
    assert finished["completedAt"]
    assert poll(ids=search_id)["status"] == "completed"


def test_domain_verification_only_advances_with_poll_true(fresh: MockProcess, http: httpx.Client) -> None:
    domain = http.post("/api/email/domains", json={"domain": "mail.example.org"}).json()["domain"]
    # `pending` is a blocked status (DNS records for a person to add): the mock starts past it, at the check.
    assert domain["status"] == "verifying"
    url = f"/api/email/domains/{domain['id']}/verify"
    assert http.post(url).json()["domain"]["status"] == "verifying"
    verified = http.post(url, params={"poll": "true"}).json()["domain"]
    assert verified["status"] == "verified"
    assert verified["verified_at"]
    assert http.post("/api/email/domains", json={"domain": "mail.example.org"}).status_code == 409


def test_a_cancelled_run_stops_advancing(fresh: MockProcess, http: httpx.Client) -> None:
    enrichment = http.get("/api/enrichments").json()["enrichments"][0]["id"]
    body = {"enrichmentId": enrichment, "scope": {"type": "explicit_leads", "leadIds": ["a", "b"]}, "input": {}}
    run = http.post("/api/enrichment", json=body).json()["enrichmentRunId"]
    assert http.post(f"/api/enrichment/{run}/cancel").json()["run"]["status"] == "cancelled"
    assert http.get(f"/api/enrichment/{run}").json()["run"]["status"] == "cancelled"
    assert http.post(f"/api/enrichment/{run}/cancel").status_code == 409
    # Its items were made as it started; the cancel skipped the pending ones and nothing completed them since.
    items = http.get(f"/api/enrichment/{run}/items").json()["items"]
    assert [(i["status"], i["skippedReason"]) for i in items] == [("skipped", "run_cancelled")] * 2


def test_an_idempotency_key_returns_the_same_run(fresh: MockProcess, http: httpx.Client) -> None:
    enrichment = http.get("/api/enrichments").json()["enrichments"][0]["id"]
    body = {"enrichmentId": enrichment, "scope": {"type": "list"}, "input": {}, "idempotencyKey": "run-once"}
    first = http.post("/api/enrichment", json=body).json()
    second = http.post("/api/enrichment", json=body).json()
    assert first["enrichmentRunId"] == second["enrichmentRunId"]
    assert (first["reusedExistingRun"], second["reusedExistingRun"]) == (False, True)


@pytest.fixture(scope="module")
def failing() -> Iterator[MockProcess]:
    with running_mock("--fail-tasks", "--size", "signals=20", "--size", "leads=40") as server:
        yield server


@pytest.mark.parametrize("operation_id", WAITABLE)
def test_fail_tasks_option_fails_every_task(failing: MockProcess, operation_id: str) -> None:
    task = SPEC.by_id[operation_id].task
    assert task is not None
    with client_for(failing) as client:
        module, started, kwargs = _start(failing, client, operation_id)
        with pytest.raises(errors.TaskFailedError) as caught:
            puffle.wait_for(module, started, client=client, interval=0.001, timeout=10, start_args=kwargs)
    assert caught.value.status == task.failure[0]
