"""Retry rules against a real socket server: what is retried, how long it waits, and no duplicate writes."""

from __future__ import annotations

import email.utils
import logging
import time

import pytest

import puffle
from puffle import errors
from puffle_client.api.account import get_account
from puffle_client.api.enrichment import create_enrichment
from puffle_client.api.leads import create_lead
from puffle_client.api.senders import update_email_account
from puffle_client.models.email_account_update_request import EmailAccountUpdateRequest
from tests.overlay.helpers import ACCOUNT, MODES, enrichment_body, lead_body, run
from tests.support.fault_server import FaultServer, Reply

GET = "GET /api/account"
POST = "POST /api/leads"
ERR = {"error": {"code": "internal_error", "message": "boom"}}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [408, 500, 502, 503, 504])
def test_transient_status_is_retried_for_get(
    server: FaultServer, no_sleep: list[float], mode: str, status: int
) -> None:
    server.script(GET, Reply(status, ERR), Reply(status, ERR))
    server.default(GET, Reply(200, ACCOUNT))
    account = run(mode, get_account, server.url)
    assert account.can_manage_auth is True
    assert server.count(GET) == 3
    assert len(no_sleep) == 2 and all(0 < s <= 8 for s in no_sleep)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [408, 500, 502, 503, 504])
def test_transient_status_is_not_retried_for_post(
    server: FaultServer, no_sleep: list[float], mode: str, status: int
) -> None:
    server.default(POST, Reply(status, ERR))
    with pytest.raises(errors.APIStatusError) as info:
        run(mode, create_lead, server.url, body=lead_body())
    assert info.value.status_code == status
    assert server.count(POST) == 1  # a write that may have reached the server is never sent twice
    assert no_sleep == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_never_retried(server: FaultServer, no_sleep: list[float], mode: str, status: int) -> None:
    server.default(GET, Reply(status, {"error": {"code": "invalid_request", "message": "nope"}}))
    with pytest.raises(errors.APIStatusError):
        run(mode, get_account, server.url)
    assert server.count(GET) == 1


@pytest.mark.parametrize("mode", MODES)
def test_429_is_retried_for_post_with_retry_after_seconds(
    server: FaultServer, no_sleep: list[float], mode: str
) -> None:
    server.script(POST, Reply(429, {"error": {"code": "rate_limited", "message": "slow down"}}, {"Retry-After": "2"}))
    server.default(POST, Reply(200, {"lead": {"id": "l1"}}))
    run(mode, create_lead, server.url, body=lead_body())
    assert server.count(POST) == 2
    assert no_sleep == [2.0]


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_http_date(server: FaultServer, no_sleep: list[float], mode: str) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    server.script(GET, Reply(429, {"error": "slow"}, {"Retry-After": when}))
    server.default(GET, Reply(200, ACCOUNT))
    run(mode, get_account, server.url)
    assert len(no_sleep) == 1 and 25 <= no_sleep[0] <= 30


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_beyond_cap_raises_at_once(server: FaultServer, no_sleep: list[float], mode: str) -> None:
    server.default(GET, Reply(429, {"error": {"code": "rate_limited", "message": "wait"}}, {"Retry-After": "3600"}))
    with pytest.raises(errors.RateLimitError) as info:
        run(mode, get_account, server.url)
    assert info.value.retry_after == 3600
    assert info.value.code == "rate_limited"
    assert server.count(GET) == 1 and no_sleep == []


@pytest.mark.parametrize("mode", MODES)
def test_429_without_header_backs_off_exponentially_then_gives_up(
    server: FaultServer, no_sleep: list[float], mode: str
) -> None:
    server.default(GET, Reply(429, {"error": {"code": "rate_limited", "message": "wait"}}))
    with pytest.raises(errors.RateLimitError) as info:
        run(mode, get_account, server.url, options={"max_retries": 3})
    assert info.value.retry_after is None
    assert server.count(GET) == 4
    # 1s, 2s, 4s steps (the overview's advice: start at 1 second) with up to 25% jitter on top
    for slept, step in zip(no_sleep, [1.0, 2.0, 4.0], strict=True):
        assert step <= slept <= 1.25 * step


@pytest.mark.parametrize("mode", MODES)
def test_max_retries_zero_per_call_site(server: FaultServer, no_sleep: list[float], mode: str) -> None:
    server.default(GET, Reply(503, ERR))
    with pytest.raises(errors.InternalServerError):
        run(mode, get_account, server.url, options={"max_retries": 0})
    assert server.count(GET) == 1


def test_with_options_does_not_change_the_original(server: FaultServer, client: puffle.Puffle) -> None:
    server.default(GET, Reply(503, ERR))
    strict = client.with_options(max_retries=0)
    with pytest.raises(errors.InternalServerError):
        get_account.sync(client=strict)
    assert server.count(GET) == 1
    with pytest.raises(errors.InternalServerError):
        get_account.sync(client=client)
    assert server.count(GET) == 1 + 3
    assert client.options.max_retries == 2 and strict.options.max_retries == 0


@pytest.mark.parametrize("mode", MODES)
def test_spec_marked_idempotent_write_is_retried(server: FaultServer, no_sleep: list[float], mode: str) -> None:
    acct = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
    route = f"PATCH /api/email/accounts/{acct}"
    server.script(route, Reply(503, ERR))
    server.default(route, Reply(200, {"account": {"id": acct}}))
    run(mode, update_email_account, server.url, id=acct, body=EmailAccountUpdateRequest.from_dict({"daily_limit": 20}))
    assert server.count(route) == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "expected"), [("run-42", 2), (None, 1)])
def test_idempotency_key_makes_a_post_repeatable(
    server: FaultServer, no_sleep: list[float], mode: str, key: str | None, expected: int
) -> None:
    route = "POST /api/enrichment"
    server.script(route, Reply(500, ERR))
    server.default(route, Reply(200, {"enrichmentRunId": "run_1"}))
    body = enrichment_body(key)
    if expected == 1:
        with pytest.raises(errors.InternalServerError):
            run(mode, create_enrichment, server.url, body=body)
    else:
        run(mode, create_enrichment, server.url, body=body)
    assert server.count(route) == expected


@pytest.mark.parametrize("mode", MODES)
def test_timeout_retried_for_get_then_typed_error(server: FaultServer, no_sleep: list[float], mode: str) -> None:
    server.default(GET, Reply(200, ACCOUNT, delay=0.6))
    with pytest.raises(errors.APITimeoutError) as info:
        run(mode, get_account, server.url, options={"timeout": 0.2, "max_retries": 1})
    assert server.count(GET) == 2
    assert info.value.operation_id == "getAccount"


@pytest.mark.parametrize("mode", MODES)
def test_timeout_on_post_is_not_retried(server: FaultServer, no_sleep: list[float], mode: str) -> None:
    server.default(POST, Reply(200, {"lead": {"id": "l1"}}, delay=0.6))
    with pytest.raises(errors.APITimeoutError):
        run(mode, create_lead, server.url, options={"timeout": 0.2}, body=lead_body())
    time.sleep(0.5)  # let the slow handler finish before counting
    assert server.count(POST) == 1


@pytest.mark.parametrize("mode", MODES)
def test_dropped_connection_retried_for_get_not_for_post(server: FaultServer, no_sleep: list[float], mode: str) -> None:
    server.script(GET, Reply(drop=True))
    server.default(GET, Reply(200, ACCOUNT))
    run(mode, get_account, server.url)
    assert server.count(GET) == 2
    server.default(POST, Reply(drop=True))
    with pytest.raises(errors.APIConnectionError):
        run(mode, create_lead, server.url, body=lead_body())
    assert server.count(POST) == 1


@pytest.mark.parametrize("mode", MODES)
def test_connection_refused_is_retried_even_for_post(
    no_sleep: list[float], mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="puffle")
    with pytest.raises(errors.APIConnectionError) as info:
        run(mode, create_lead, "http://127.0.0.1:9", body=lead_body())
    assert not isinstance(info.value, errors.APITimeoutError)
    assert len(no_sleep) == 2  # nothing reached a server, so repeating cannot duplicate the write
    retries = [r for r in caplog.records if r.name == "puffle" and "retrying" in r.getMessage()]
    assert len(retries) == 2 and "POST /api/leads" in retries[0].getMessage()
