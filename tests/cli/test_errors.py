"""Exit statuses and the JSON error object, per kind of failure."""

from __future__ import annotations

import io
import json
import socket

import httpx
import pytest

from puffle.cli._errors import report
from puffle.errors import APIConnectionError, TaskFailedError, error_for_response
from tests.cli.support import API_KEY, run_cli, run_in_process


@pytest.mark.parametrize(
    ("status", "exit_code"),
    [(400, 1), (401, 3), (402, 1), (403, 3), (404, 4), (409, 1), (422, 1), (429, 5), (500, 6), (503, 6)],
)
def test_each_http_status_has_its_exit_status(status: int, exit_code: int) -> None:
    response = httpx.Response(
        status,
        json={"error": {"code": "some_code", "message": f"failed with {API_KEY}"}},
        headers={"x-request-id": "req_1"},
    )
    stream = io.StringIO()
    assert report(error_for_response(response, operation_id="op"), stream, secret=API_KEY) == exit_code
    error = json.loads(stream.getvalue())["error"]
    assert error == {"code": "some_code", "message": "failed with [redacted]", "status": status, "request_id": "req_1"}


def test_network_and_task_failures() -> None:
    stream = io.StringIO()
    assert report(APIConnectionError("refused"), stream) == 6
    assert json.loads(stream.getvalue())["error"]["code"] == "connection_error"
    stream = io.StringIO()
    assert report(TaskFailedError("ended", task=None, status="failed", operation_id="op"), stream) == 7
    assert json.loads(stream.getvalue())["error"]["task_status"] == "failed"


def test_dry_run_needs_no_key_and_shows_none() -> None:
    result = run_in_process(["account", "--dry-run"])
    assert result.code == 0, result.err
    assert result.json()["headers"]["authorization"] == "Bearer [redacted]"


def test_an_unsafe_base_url_is_a_usage_error() -> None:
    result = run_in_process(["account", "--base-url", "http://api.example.com"], env={"PUFFLE_API_KEY": API_KEY})
    assert result.code == 2
    assert result.error()["code"] == "configuration_error"


def test_a_refused_connection_exits_with_the_network_status() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # Nothing listens on the port any more: the SDK retries the GET, then the CLI reports a network error.
    result = run_cli(["account", "--base-url", f"http://127.0.0.1:{port}"], env={"PUFFLE_API_KEY": API_KEY})
    assert result.code == 6, result.err
    assert result.out == ""
    assert result.error()["code"] == "connection_error"
    assert API_KEY not in result.err
