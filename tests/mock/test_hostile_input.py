"""Hostile input against a real mock process: every request gets the error envelope, nothing poisons the store.

Each case was a 500 with a traceback in the server log (or worse, a stored value that broke every later read
of the resource) before the mock decoded bodies through one guarded decoder and bounded integers.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from puffle.mock import MockProcess, MockThread
from tests.mock.helpers import SPEC, assert_error, items
from tests.support.mock_server import running_mock

HUGE = "9" * 5000


def _no_traceback(mock: MockProcess) -> None:
    assert "Traceback" not in mock.log(), mock.log()[-2000:]


@pytest.mark.parametrize("poison", ["NaN", "Infinity", "-Infinity", "1e400", "-1e999"])
def test_non_finite_numbers_are_refused_and_never_stored(mock: MockProcess, http: httpx.Client, poison: str) -> None:
    lead = items(mock, "leads")[0]["id"]
    body = '{"id": "%s", "undeclared_field": %s}' % (lead, poison)  # noqa: UP031 - raw JSON text on purpose
    response = http.patch("/api/leads", content=body, headers={"Content-Type": "application/json"})
    assert_error(response, 400, code="invalid_request", mentions="body")
    stored = next(i for i in items(mock, "leads") if i["id"] == lead)
    assert "undeclared_field" not in stored["item"]
    assert http.get("/api/leads").status_code == 200, "a refused write must not break later lists"
    _no_traceback(mock)


@pytest.mark.parametrize("depth", [65, 1000, 100_000])
def test_deeply_nested_bodies_are_refused(http: httpx.Client, mock: MockProcess, depth: int) -> None:
    body = b"[" * depth + b"]" * depth
    response = http.post("/api/leads", content=body, headers={"Content-Type": "application/json"})
    assert_error(response, 400, code="invalid_request", mentions="nested deeper")
    wrapped = b'{"name": "x", "deep": ' + b"[" * depth + b"]" * depth + b"}"
    response = http.post("/api/leads", content=wrapped, headers={"Content-Type": "application/json"})
    assert_error(response, 400, code="invalid_request", mentions="nested deeper")
    _no_traceback(mock)


def test_strings_with_brackets_are_not_counted_as_nesting(http: httpx.Client) -> None:
    name = '"' + "[{" * 200 + '\\" ]' + '"'
    response = http.post("/api/leads", content='{"name": %s}' % name, headers={"Content-Type": "application/json"})  # noqa: UP031
    assert "nested deeper" not in response.text, response.text


def _integer_query_params() -> list[tuple[str, str]]:
    """(path, parameter) for every integer query parameter of a GET that needs no other parameter."""
    found = []
    for op in SPEC.operations:
        if op.method != "GET" or op.path_params or any(p.required for p in op.params):
            continue
        for param in op.params:
            if param.location == "query" and "integer" in str(SPEC.schemas.resolve(param.schema).get("type")):
                found.append((op.path, param.name))
    return found


@pytest.mark.parametrize(("path", "name"), _integer_query_params())
@pytest.mark.parametrize("value", [HUGE, "-" + HUGE])
def test_huge_integer_query_values_are_a_400_naming_the_parameter(
    http: httpx.Client, mock: MockProcess, path: str, name: str, value: str
) -> None:
    response = http.get(path, params={name: value}, headers={"Cookie": "session=s"})
    message = assert_error(response, 400, code="invalid_request")
    assert message.startswith(f"{name}:"), message
    _no_traceback(mock)


@pytest.mark.parametrize(("path", "name"), _integer_query_params())
def test_large_but_convertible_integer_query_values_never_fail_the_server(
    http: httpx.Client, mock: MockProcess, path: str, name: str
) -> None:
    """Schema-valid where the schema sets no maximum, so answered normally; a 400 where it does."""
    response = http.get(path, params={name: str(2**64)}, headers={"Cookie": "session=s"})
    assert response.status_code in (200, 400), response.text
    _no_traceback(mock)


def test_integers_longer_than_python_converts_are_refused_in_bodies(http: httpx.Client) -> None:
    body = '{"prompt": "CTOs", "fetch_count": %s}' % HUGE  # noqa: UP031
    response = http.post("/api/leads/search", content=body, headers={"Content-Type": "application/json"})
    assert_error(response, 400, code="invalid_request", mentions="digits")


def test_large_integers_in_undeclared_fields_are_accepted_and_render(http: httpx.Client, mock: MockProcess) -> None:
    """Schema-valid (extra properties are allowed, integers unbounded): stored, and later reads still work."""
    lead = items(mock, "leads")[0]["id"]
    body = '{"id": "%s", "undeclared_number": %s}' % (lead, "4" * 40)  # noqa: UP031
    response = http.patch("/api/leads", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 200, response.text
    assert http.get("/api/leads").status_code == 200


def test_an_enormous_fetch_count_completes_its_task_with_a_bounded_result(
    fresh: MockProcess, http: httpx.Client
) -> None:
    started = http.post("/api/leads/search", json={"prompt": "CTOs", "fetch_count": 2**62})
    assert started.status_code == 200, started.text
    task_id = started.json()["task"]["id"]
    task: dict[str, Any] = {}
    for _ in range(10):
        polled = http.get("/api/leads/search", params={"taskId": task_id})
        assert polled.status_code == 200, polled.text
        task = polled.json()["tasks"][0]
        if task["status"] == "completed":
            break
    assert task["status"] == "completed"
    assert 0 < task["resultCount"] <= 2500, "the docs cap a run at 2,500"
    assert http.get("/api/leads").status_code == 200
    _no_traceback(fresh)
    fresh.reset()


def test_wrong_method_answers_405_in_the_envelope_on_api_and_admin_paths(http: httpx.Client) -> None:
    response = http.delete("/api/account")
    assert_error(response, 405, mentions="DELETE")
    assert "GET" in response.headers["allow"]
    admin = http.delete("/__mock/health")
    assert admin.status_code == 405
    assert admin.json()["error"]["message"]


def test_oversized_body_is_413(http: httpx.Client) -> None:
    response = http.post(
        "/api/leads", content=b" " * (10 * 1024 * 1024 + 1), headers={"Content-Type": "application/json"}
    )
    assert_error(response, 413, code="invalid_request", mentions="larger than")


@pytest.fixture(scope="module")
def impatient() -> Iterator[MockProcess]:
    with running_mock("--read-timeout", "0.5", "--size", "leads=5") as server:
        yield server


def _connect(mock: MockProcess) -> socket.socket:
    host, port = mock.url.removeprefix("http://").rsplit(":", 1)
    sock = socket.create_connection((host, int(port)), timeout=15)
    return sock


def _read_all(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (the socket timeout bounds the wait)."""
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.parametrize("sent", [b"", b"GET /api/acc", b"GET /api/account HTTP/1.1\r\nHost: x\r\n"])
def test_a_half_open_request_head_is_closed_after_the_read_timeout(impatient: MockProcess, sent: bytes) -> None:
    with _connect(impatient) as sock:
        sock.sendall(sent)
        assert _read_all(sock) == b"", "the server closes the connection without an answer"


def test_a_stalled_body_is_answered_408_in_the_envelope(impatient: MockProcess) -> None:
    head = (
        b"POST /api/leads HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer pk_test\r\n"
        b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
    )
    with _connect(impatient) as sock:
        sock.sendall(head)
        answer = _read_all(sock)
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line.startswith(b"HTTP/1.1 408"), answer
    assert b'"code":"invalid_request"' in rest


def test_a_keep_alive_connection_still_serves_several_requests(impatient: MockProcess) -> None:
    with httpx.Client(base_url=impatient.url, headers={"Authorization": "Bearer pk_test"}) as client:
        assert [client.get("/api/account").status_code for _ in range(3)] == [200, 200, 200]


def test_a_bug_in_the_mock_still_answers_the_envelope(caplog: pytest.LogCaptureFixture) -> None:
    with MockThread() as thread:
        thread.start()

        def broken(*args: object, **kwargs: object) -> object:
            raise KeyError("simulated mock bug")

        thread.server.engine.run = broken  # type: ignore[method-assign]
        response = httpx.get(f"{thread.url}/api/account", headers={"Authorization": "Bearer pk_test"})
    assert_error(response, 500, code="internal_error", mentions="Mock bug")
    records = [r for r in caplog.records if r.name == "puffle.mock"]
    assert records and records[0].exc_info is None, "one line per bug, no traceback"
