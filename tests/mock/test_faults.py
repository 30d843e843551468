"""The ``X-Puffle-Mock-Fault`` directives, seen both on the wire and through the SDK's retries and errors."""

from __future__ import annotations

import time

import httpx
import pytest

from puffle import errors
from puffle.mock import MockProcess
from puffle_client.api.account import get_account
from puffle_client.api.unibox import list_threads
from tests.mock.helpers import assert_error
from tests.support.mock_server import client_for

FAULT = "X-Puffle-Mock-Fault"


def test_status_and_retry_after(http: httpx.Client) -> None:
    response = http.get("/api/account", headers={FAULT: "status=429; retry-after=2"})
    assert_error(response, 429, code="rate_limited")
    assert response.headers["retry-after"] == "2"
    assert_error(http.get("/api/account", headers={FAULT: "status=503"}), 503, code="internal_error")
    assert_error(http.get("/api/account", headers={FAULT: "status=404"}), 404, code="not_found")


def test_the_sdk_retries_an_injected_429_and_succeeds(mock: MockProcess) -> None:
    mock.reset()
    header = {FAULT: "status=429; retry-after=0.05; times=1"}
    with client_for(mock, max_retries=2, headers=header) as client:
        assert list_threads.sync(client=client).threads
    assert mock.stats()["operations"]["listThreads"] == 2


def test_the_sdk_retries_503_on_reads_and_gives_up_when_told(mock: MockProcess) -> None:
    mock.reset()
    with client_for(mock, max_retries=2, headers={FAULT: "status=503; times=2"}) as client:
        assert get_account.sync(client=client) is not None
    assert mock.stats()["operations"]["getAccount"] == 3
    with client_for(mock, headers={FAULT: "status=503"}) as client, pytest.raises(errors.InternalServerError) as caught:
        get_account.sync(client=client)
    assert caught.value.code == "internal_error"


def test_delay(http: httpx.Client) -> None:
    began = time.monotonic()
    assert http.get("/api/account", headers={FAULT: "delay=0.3"}).status_code == 200
    assert time.monotonic() - began >= 0.3


def test_malformed_success_body(mock: MockProcess, http: httpx.Client) -> None:
    response = http.get("/api/threads", headers={FAULT: "malformed=1"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    with pytest.raises(ValueError):
        response.json()
    with client_for(mock, headers={FAULT: "malformed=1"}) as client, pytest.raises(errors.ResponseValidationError):
        list_threads.sync(client=client)


def test_html_error_page(mock: MockProcess, http: httpx.Client) -> None:
    response = http.get("/api/account", headers={FAULT: "html=1"})
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert "<html>" in response.text
    assert http.get("/api/account", headers={FAULT: "html=1; status=504"}).status_code == 504
    with client_for(mock, headers={FAULT: "html=1"}) as client, pytest.raises(errors.InternalServerError) as caught:
        get_account.sync(client=client)
    assert "HTML" in caught.value.message


def test_drop_closes_the_connection_without_an_answer(mock: MockProcess, http: httpx.Client) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        http.get("/api/account", headers={FAULT: "drop=1"})
    assert http.get("/api/account").status_code == 200, "the server keeps serving"
    with client_for(mock, headers={FAULT: "drop=1"}) as client, pytest.raises(errors.APIConnectionError):
        get_account.sync(client=client)


def test_flat_error_shape(http: httpx.Client) -> None:
    assert_error(http.get("/api/account", headers={FAULT: "status=409; flat=1"}), 409, flat=True)
    invalid = http.get("/api/threads", params={"limit": 0}, headers={FAULT: "flat=1"})
    message = assert_error(invalid, 400, flat=True)
    assert message.startswith("limit:")


def test_times_counts_per_operation_and_header(mock: MockProcess, http: httpx.Client) -> None:
    mock.reset()
    fail_twice = {FAULT: "status=500; times=2"}
    assert [http.get("/api/account", headers=fail_twice).status_code for _ in range(3)] == [500, 500, 200]
    assert [http.get("/api/context", headers=fail_twice).status_code for _ in range(3)] == [500, 500, 200]
    other = {FAULT: "status=500;times=2"}  # another header string: counted on its own
    assert http.get("/api/account", headers=other).status_code == 500
    assert http.get("/api/account", headers={FAULT: "status=500; times=0"}).status_code == 200
