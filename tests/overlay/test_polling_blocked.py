"""A task status that waits for a person (x-puffle-task `blocked`) ends the wait with TaskBlockedError at once."""

from __future__ import annotations

from typing import Any

import pytest

import puffle
from puffle import errors
from puffle_client.api.senders import create_email_domain
from puffle_client.models import EmailDomainResponse
from tests.conftest import TEST_KEY
from tests.overlay.test_polling import FakeClock
from tests.support.fault_server import FaultServer, Reply

DOMAIN = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
POLL = f"POST /api/email/domains/{DOMAIN}/verify"


def domain(status: str) -> Reply:
    return Reply(200, {"domain": {"id": DOMAIN, "user_id": DOMAIN, "domain": "mail.example.com", "status": status}})


def wait(server: FaultServer, clock: FakeClock) -> Any:
    started = EmailDomainResponse.from_dict({"domain": {"id": DOMAIN, "user_id": DOMAIN, "domain": "x"}})
    with puffle.Puffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None) as client:
        return puffle.wait_for(create_email_domain, started, client=client, clock=clock, sleep=clock.sleep)


def test_the_spec_declares_pending_domains_blocked() -> None:
    assert create_email_domain.PUFFLE_OPERATION["task"]["blocked"] == ["pending"]


def test_a_pending_domain_stops_the_wait_with_the_task(server: FaultServer) -> None:
    server.script(POLL, domain("verifying"), domain("pending"))
    clock = FakeClock()
    with pytest.raises(errors.TaskBlockedError) as info:
        wait(server, clock)
    assert server.count(POLL) == 2
    assert len(clock.sleeps) == 1  # no sleeping towards the timeout once blocked
    assert str(info.value.status) == "pending"
    assert info.value.task.domain.id == DOMAIN
    assert info.value.operation_id == "createEmailDomain"
    assert "pending" in str(info.value)


def test_verifying_keeps_polling_until_verified(server: FaultServer) -> None:
    server.script(POLL, domain("verifying"), domain("verifying"), domain("verified"))
    final = wait(server, FakeClock())
    assert str(final.domain.status) == "verified"
    assert server.count(POLL) == 3
