"""Every ``cli:`` line of the docs routes to its operation, and every flag's value reaches the request.

Each line from tests/data/cli_lines.tsv gets a sample value per placeholder (valid for the flag's schema) and
is dry-run: the printed request must have the operation's method and path, and carry each value where the
spec puts that flag (path segment, query string or JSON body field).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from tests.cli.support import API_KEY, as_text, commands_by_id, docs_lines, run_in_process, sample

LINES = docs_lines()
COMMANDS = commands_by_id()
BASE = "https://api.example.test"

# Docs flags the spec does not have yet: (operationId, flag) -> why. Each is a strict xfail, which fails once the
# spec is fixed. None today (`--write-policy` now sets output.writePolicy through x-puffle-names.flags).
SPEC_GAPS: dict[tuple[str, str], str] = {}


def _cases() -> list[Any]:
    cases = []
    for line in LINES:
        gaps = [
            why for (op, flag), why in SPEC_GAPS.items() if op == line.operation_id and f"--{flag} " in line.cli + " "
        ]
        marks = [pytest.mark.xfail(strict=True, reason=gaps[0])] if gaps else []
        cases.append(pytest.param(line, id=line.cli, marks=marks))
    return cases


def test_the_docs_lines_cover_many_operations() -> None:
    # The harvest found lines; each names an operation of the spec (a renamed operationId would show here).
    assert LINES
    assert {line.operation_id for line in LINES} <= set(COMMANDS)


def _argv(line: Any, tmp_path: Path) -> tuple[list[str], dict[str, tuple[Any, Any]]]:
    """The docs line with its placeholders filled in, and flag name -> (flag, value) for what was given."""
    command = COMMANDS[line.operation_id]
    flags = {f.name: f for f in command.flags}
    tokens = line.cli.split()[1:]
    argv: list[str] = []
    given: dict[str, tuple[Any, Any]] = {}
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not token.startswith("--"):
            argv.append(token)
            i += 1
            continue
        name = token[2:]
        assert name in flags, f"{line.cli}: --{name} is not a flag of {command.operation_id}"
        flag = flags[name]
        has_value = i + 1 < len(tokens) and tokens[i + 1].startswith("<")
        if flag.is_file:
            path = tmp_path / "upload.txt"
            path.write_text("hello")
            value: Any = path
            argv += [token, str(path)]
        elif has_value:
            value = sample(flag)
            argv += [token, as_text(value)]
        else:
            assert flag.type == "boolean", f"{line.cli}: bare --{name} but the spec says {flag.type}"
            value = True
            argv.append(token)
        given[name] = (flag, value)
        i += 2 if has_value else 1
    return argv, given


@pytest.mark.parametrize("line", _cases())
def test_docs_line_dry_runs_to_its_operation(line: Any, tmp_path: Path) -> None:
    argv, given = _argv(line, tmp_path)
    result = run_in_process([*argv, "--dry-run"], env={"PUFFLE_API_KEY": API_KEY, "PUFFLE_API_BASE_URL": BASE})
    assert result.code == 0, result.err
    assert result.err == ""
    request = result.json()
    assert set(request) == {"method", "url", "headers", "body"}
    assert request["method"] == line.method
    url = urlsplit(request["url"])
    assert f"{url.scheme}://{url.netloc}" == BASE
    path = line.path
    query = parse_qs(url.query, keep_blank_values=True)
    for flag, value in given.values():
        if flag.location == "path":
            path = path.replace("{" + flag.field + "}", quote(as_text(value), safe=""))
        elif flag.location == "query":
            assert query.get(flag.field) == [as_text(value)], (flag.name, request["url"])
        elif flag.is_file:
            assert request["body"] == {"multipart": [flag.field]}
        else:
            sent = request["body"]
            for part in flag.path:
                sent = sent[part]
            if isinstance(value, dict):  # a nested flag may have added to an object given whole
                assert {**sent, **value} == sent, flag.name
            else:
                assert sent == value, flag.name
    assert url.path == path
    assert request["headers"]["authorization"] == "Bearer [redacted]"
    assert API_KEY not in result.out


@pytest.mark.parametrize("line", LINES, ids=[line.cli for line in LINES])
def test_docs_words_are_the_spec_words(line: Any) -> None:
    words = []
    for token in line.cli.split()[1:]:
        if token.startswith("--"):
            break
        words.append(token)
    assert tuple(words) == COMMANDS[line.operation_id].words
