"""Every command the spec names: present, routed to its own operation, with working help and flags."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from puffle.cli._parser import build_parser, examples
from puffle.cli._spec import Command, kebab, load_commands
from tests.cli.support import API_KEY, as_text, run_in_process, sample

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "spec" / "puffle.yaml").read_text(encoding="utf-8"))
OPERATIONS = [
    (method.upper(), path, op)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in ("get", "put", "post", "patch", "delete")
]
COMMANDS = load_commands()
BASE = "https://api.example.test"


def test_every_operation_with_command_words_is_a_command() -> None:
    expected = {
        op["operationId"]: tuple(op["x-puffle-names"]["cli"].split())
        for _, _, op in OPERATIONS
        if op["x-puffle-names"].get("cli")
    }
    assert {c.operation_id: c.words for c in COMMANDS} == expected


def test_session_cookie_operations_have_no_command() -> None:
    session = {op["operationId"] for _, _, op in OPERATIONS if op.get("security") == [{"sessionCookie": []}]}
    assert session, "the spec has dashboard-session operations"
    assert not session & {c.operation_id for c in COMMANDS}


@pytest.mark.parametrize(
    ("field", "flag"),
    [
        ("fetchCount", "fetch-count"),
        ("sender_account_ids", "sender-account-ids"),
        ("scanTimeUtc", "scan-time-utc"),
        ("id", "id"),
        ("nodeId", "node-id"),
        ("prospect_id", "prospect-id"),
    ],
)
def test_field_names_become_kebab_case_flags(field: str, flag: str) -> None:
    assert kebab(field) == flag


def _required_argv(command: Command, tmp_path: Path) -> tuple[list[str], dict[str, Any]]:
    argv = list(command.words)
    values: dict[str, Any] = {}
    for flag in command.flags:
        if not flag.required:
            continue
        if flag.is_file:
            file = tmp_path / "a.txt"
            file.write_text("x")
            argv += [f"--{flag.name}", str(file)]
            continue
        values[flag.field] = sample(flag)
        argv += [f"--{flag.name}", as_text(values[flag.field])]
    return argv, values


@pytest.mark.parametrize("command", COMMANDS, ids=[c.operation_id for c in COMMANDS])
def test_command_with_its_required_flags_routes_to_its_operation(command: Command, tmp_path: Path) -> None:
    argv, values = _required_argv(command, tmp_path)
    result = run_in_process([*argv, "--dry-run"], env={"PUFFLE_API_KEY": API_KEY, "PUFFLE_API_BASE_URL": BASE})
    assert result.code == 0, result.err
    request = result.json()
    assert request["method"] == command.method
    path = command.path
    for flag in command.flags:
        if flag.location == "path":
            path = path.replace("{" + flag.field + "}", as_text(values[flag.field]))
    assert urlsplit(request["url"]).path == path


@pytest.mark.parametrize("command", COMMANDS, ids=[c.operation_id for c in COMMANDS])
def test_help_shows_summary_flags_and_an_example(command: Command) -> None:
    result = run_in_process([*command.words, *(f"--{n}=x" for n in command.path_flags), "--help"])
    assert result.code == 0, result.err
    text = result.out
    assert command.summary and command.summary in text
    assert "examples:" in text and examples(command)[0] in text
    for flag in command.flags:
        assert f"--{flag.name}" in text
    if any(f.required and f.location != "body" for f in command.flags):
        assert "required flags:" in text
    if command.paginated:
        assert "--all" in text and "--max-items" in text
    if command.task:
        assert "--wait" in text and "--timeout" in text


def test_root_help_lists_every_command_group() -> None:
    result = run_in_process(["--help"])
    assert result.code == 0
    assert "command groups:" in result.out and "exit codes:" in result.out
    for group in {c.words[0] for c in COMMANDS}:
        assert f"\n  {group} " in result.out


def test_a_group_without_its_own_command_lists_its_commands() -> None:
    groups = {c.words[:1] for c in COMMANDS} - {c.words for c in COMMANDS}
    assert groups, "the spec has a group word that is not a command by itself (e.g. 'email')"
    word = sorted(groups)[0][0]
    shown = run_in_process([word, "--help"])
    assert shown.code == 0
    for command in COMMANDS:
        if command.words[0] == word:
            assert " ".join(command.words) in shown.out
    bare = run_in_process([word])
    assert bare.code == 2 and "command group" in bare.error()["message"]


def test_shared_words_route_by_the_path_parameters_given() -> None:
    shared: dict[tuple[str, ...], list[Command]] = {}
    for command in COMMANDS:
        shared.setdefault(command.words, []).append(command)
    groups = [cs for cs in shared.values() if len(cs) > 1]
    assert groups, "the spec has operations that share command words (e.g. `campaign` and `campaign --id`)"
    for candidates in groups:
        for command in candidates:
            argv = [*command.words, *(a for n in sorted(command.path_flags) for a in (f"--{n}", "abc"))]
            result = run_in_process([*argv, "--dry-run"], env={"PUFFLE_API_KEY": API_KEY})
            assert result.code == 0, result.err
            assert result.json()["method"] == command.method
            expected = command.path
            for name in command.path_flags:
                field = next(f.field for f in command.flags if f.name == name)
                expected = expected.replace("{" + field + "}", "abc")
            assert urlsplit(result.json()["url"]).path == expected


@pytest.mark.parametrize("command", COMMANDS, ids=[c.operation_id for c in COMMANDS])
def test_flags_are_unique_and_the_parser_builds(command: Command) -> None:
    names = [f.name for f in command.flags]
    assert len(names) == len(set(names)), names
    build_parser(command)  # argparse raises on a flag defined twice (an operation field vs a global option)


def test_global_options_may_come_before_the_words() -> None:
    result = run_in_process(["--format", "raw", "--dry-run", "account"], env={"PUFFLE_API_KEY": API_KEY})
    assert result.code == 0, result.err
    assert urlsplit(result.json()["url"]).path == "/api/account"
