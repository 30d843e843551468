"""The CLI as a real process against a real mock server process: output, paging, tasks, errors, exit codes."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from puffle.cli import main
from puffle.mock import MockProcess
from tests.cli.support import API_KEY, Result, run_cli
from tests.support.mock_server import running_mock


@pytest.fixture(scope="module")
def mock() -> Iterator[MockProcess]:
    with running_mock() as server:
        yield server


@pytest.fixture
def fresh(mock: MockProcess) -> MockProcess:
    mock.reset()
    return mock


def cli(mock: MockProcess, *argv: str, key: str | None = API_KEY) -> Result:
    env = {"PUFFLE_API_BASE_URL": mock.url}
    if key is not None:
        env["PUFFLE_API_KEY"] = key
    return run_cli(argv, env=env)


def raw_get(mock: MockProcess, path: str) -> httpx.Response:
    return httpx.get(f"{mock.url}{path}", headers={"Authorization": f"Bearer {API_KEY}"}, timeout=30)


def stored(mock: MockProcess, resource: str) -> list[dict[str, object]]:
    response = httpx.get(f"{mock.url}/__mock/items/{resource}", timeout=30)
    response.raise_for_status()
    return [entry["item"] for entry in response.json()["items"]]


def test_plain_get_prints_the_response_as_formatted_json(fresh: MockProcess) -> None:
    result = cli(fresh, "account")
    assert result.code == 0, result.err
    assert result.err == ""
    assert result.json() == raw_get(fresh, "/api/account").json()
    assert result.out.startswith("{\n  ")  # formatted, not the compact body
    assert fresh.stats()["operations"]["getAccount"] == 2


def test_format_raw_prints_the_body_exactly(fresh: MockProcess) -> None:
    result = cli(fresh, "campaign", "--format", "raw")
    assert result.code == 0, result.err
    assert result.out == raw_get(fresh, "/api/campaigns").text


def test_format_pretty_is_formatted_json(fresh: MockProcess) -> None:
    assert cli(fresh, "campaign", "--format", "pretty").out == cli(fresh, "campaign").out


def test_all_writes_every_item_once_as_json_lines(fresh: MockProcess) -> None:
    result = cli(fresh, "signal", "--all", "--limit", "100")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    ids = [json.loads(line)["id"] for line in lines]
    expected = {item["id"] for item in stored(fresh, "signals")}
    assert len(ids) == len(set(ids)), "no duplicates"
    assert set(ids) == expected, "every item"
    assert fresh.stats()["operations"]["listSignals"] == -(-len(expected) // 100)


def test_max_items_stops_the_walk(fresh: MockProcess) -> None:
    result = cli(fresh, "signal", "--all", "--max-items", "7", "--limit", "5")
    assert result.code == 0, result.err
    assert len(result.out.splitlines()) == 7


def test_a_path_parameter_selects_the_single_item_operation(fresh: MockProcess) -> None:
    campaign = stored(fresh, "campaigns")[0]
    result = cli(fresh, "campaign", "--id", str(campaign["id"]))
    assert result.code == 0, result.err
    assert json.dumps(campaign["id"]) in result.out
    assert fresh.stats()["operations"] == {"getCampaign": 1}


def test_wait_polls_the_task_until_it_ends(fresh: MockProcess) -> None:
    result = cli(
        fresh,
        "lead",
        "search",
        "create",
        "--prompt",
        "CTOs in Berlin",
        "--fetch-count",
        "10",
        "--wait",
        "--poll-interval",
        "0.05",
        "--timeout",
        "60",
    )
    assert result.code == 0, result.err
    final = result.json()
    assert final["tasks"][0]["status"] == "completed"
    operations = fresh.stats()["operations"]
    assert operations["createLeadSearch"] == 1, "the start call is sent once"
    assert operations["listLeadSearches"] >= 1


def test_a_failed_task_exits_non_zero() -> None:
    with running_mock("--fail-tasks") as failing:
        result = cli(
            failing,
            "lead",
            "search",
            "create",
            "--prompt",
            "x",
            "--fetch-count",
            "1",
            "--wait",
            "--poll-interval",
            "0.05",
            "--timeout",
            "60",
        )
    assert result.code == 7, result.err
    assert result.out == ""
    error = result.error()
    assert error["code"] == "task_failed"
    assert error["task_status"] == "failed"


def test_not_found_is_json_on_stderr_with_empty_stdout(fresh: MockProcess) -> None:
    result = cli(fresh, "campaign", "--id", "00000000-0000-4000-8000-000000000000")
    assert result.code == 4
    assert result.out == ""
    error = result.error()
    assert set(error) == {"code", "message", "status", "request_id"}
    assert error["status"] == 404 and error["code"] == "not_found"
    assert error["request_id"]


def test_a_missing_key_names_the_environment_variable_and_sends_nothing(fresh: MockProcess) -> None:
    result = cli(fresh, "account", key=None)
    assert result.code == 3
    assert result.out == ""
    assert "PUFFLE_API_KEY" in result.error()["message"]
    assert fresh.stats()["total"] == 0


def test_a_usage_error_names_the_flag_before_any_request(fresh: MockProcess) -> None:
    result = cli(fresh, "lead", "search", "create", "--prompt", "x", "--fetch-count", "ten")
    assert result.code == 2
    assert result.out == ""
    assert "--fetch-count" in result.error()["message"]
    assert fresh.stats()["total"] == 0


def test_a_rejected_key_never_appears_in_the_output(fresh: MockProcess) -> None:
    secret = "pk_wrong_but_secret_0123456789"
    result = cli(fresh, "account", "--api-key", "sk_" + secret)
    assert result.code == 3, result.err
    assert result.error()["status"] == 401
    assert secret not in result.out + result.err


def test_writes_go_through_the_sdk_and_land_in_the_mock(fresh: MockProcess) -> None:
    before = len(stored(fresh, "lists"))
    result = cli(fresh, "list", "create", "--name", "From the CLI", "--description", "made by a test")
    assert result.code == 0, result.err
    names = [item["name"] for item in stored(fresh, "lists")]
    assert len(names) == before + 1 and "From the CLI" in names


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_all_shows_a_count_on_stderr_only_when_it_is_a_terminal(fresh: MockProcess) -> None:
    argv = ["signal", "--all", "--max-items", "25", "--limit", "10", "--api-key", API_KEY, "--base-url", fresh.url]
    out, err = io.StringIO(), _Terminal()
    assert main(argv, stdout=out, stderr=err) == 0
    assert len(out.getvalue().splitlines()) == 25
    assert err.getvalue().rstrip().endswith("25 items")
    piped = io.StringIO()
    assert main(argv, stdout=io.StringIO(), stderr=piped) == 0
    assert piped.getvalue() == ""


def test_a_closed_pipe_stops_the_walk_quietly(fresh: MockProcess) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PUFFLE_")}
    env.update({"PUFFLE_API_KEY": API_KEY, "PUFFLE_API_BASE_URL": fresh.url})
    proc = subprocess.Popen(
        [sys.executable, "-m", "puffle", "signal", "--all", "--limit", "100"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert json.loads(proc.stdout.readline())["id"]
    proc.stdout.close()  # like `| head -1`
    try:
        assert proc.wait(timeout=120) == 141
        assert proc.stderr.read() == b""
    finally:
        proc.stderr.close()
        if proc.poll() is None:
            proc.kill()


def test_a_file_flag_uploads_the_file_as_multipart(fresh: MockProcess, tmp_path: Path) -> None:
    created = cli(fresh, "thread", "create")
    assert created.code == 0, created.err
    thread_id = created.json()["thread"]["id"]
    note = tmp_path / "note.txt"
    note.write_text("hello from the CLI")
    result = cli(fresh, "thread", "attachment", "upload", "--id", thread_id, "--file", str(note))
    assert result.code == 0, result.err
    attachment = result.json()["attachment"]
    assert attachment["name"] == "note.txt"
    assert attachment["size"] == len("hello from the CLI")
    assert attachment["mime_type"] == "text/plain"
