"""Flag values are checked against their schema before anything is sent; errors name the flag."""

from __future__ import annotations

import json
from typing import Any

import pytest

from puffle.cli._spec import Command, Flag, load_commands
from tests.cli.support import API_KEY, run_in_process

COMMANDS = load_commands()
ENV = {"PUFFLE_API_KEY": API_KEY}


def _find(predicate: Any) -> tuple[Command, Flag]:
    for command in COMMANDS:
        for flag in command.flags:
            if predicate(flag):
                return command, flag
    raise AssertionError("no flag of that kind in the spec")


def _argv(command: Command, *extra: str) -> list[str]:
    path = [a for n in sorted(command.path_flags) for a in (f"--{n}", "abc")]
    return [*command.words, *path, *extra, "--dry-run"]


def _usage_error(argv: list[str], flag: str) -> str:
    result = run_in_process(argv, env=ENV)
    assert result.code == 2, result.out
    assert result.out == ""
    error = result.error()
    assert error["code"] == "usage_error"
    assert f"--{flag}" in error["message"]
    return str(error["message"])


@pytest.mark.parametrize(
    ("kind", "bad"), [("integer", "ten"), ("integer", "1.5"), ("number", "many"), ("boolean", "yes")]
)
def test_a_value_of_the_wrong_type_is_a_usage_error_naming_the_flag(kind: str, bad: str) -> None:
    command, flag = _find(lambda f: f.type == kind and f.location != "path" and "enum" not in f.schema)
    _usage_error(_argv(command, f"--{flag.name}", bad), flag.name)


def test_a_value_outside_the_enum_names_the_allowed_values() -> None:
    command, flag = _find(lambda f: isinstance(f.schema.get("enum"), list) and f.location != "path")
    message = _usage_error(_argv(command, f"--{flag.name}", "surely-not-a-member"), flag.name)
    assert json.dumps(flag.schema["enum"][0]) in message


@pytest.mark.parametrize("bad", ["not json", '{"an": "object"}'])
def test_array_flags_take_a_json_array(bad: str) -> None:
    command, flag = _find(lambda f: f.type == "array" and f.location == "body")
    _usage_error(_argv(command, f"--{flag.name}", bad), flag.name)


def test_array_and_object_flags_carry_their_json() -> None:
    command, flag = _find(lambda f: f.type == "array" and f.location == "body" and not f.schema.get("items"))
    result = run_in_process(_argv(command, f"--{flag.name}", '["a", "b"]'), env=ENV)
    assert result.code == 0, result.err
    assert result.json()["body"][flag.field] == ["a", "b"]


def test_a_bare_boolean_flag_sends_true_and_a_value_is_accepted() -> None:
    command, flag = _find(lambda f: f.type == "boolean" and f.location == "body")
    bare = run_in_process(_argv(command, f"--{flag.name}"), env=ENV)
    assert bare.code == 0, bare.err
    assert bare.json()["body"][flag.field] is True
    explicit = run_in_process(_argv(command, f"--{flag.name}", "false"), env=ENV)
    assert explicit.json()["body"][flag.field] is False


def test_an_unknown_flag_is_a_usage_error_naming_it() -> None:
    _usage_error(["account", "--no-such-flag", "1", "--dry-run"], "no-such-flag")


def test_a_missing_path_flag_is_a_usage_error_naming_it() -> None:
    command = next(c for c in COMMANDS if c.path_flags and not any(o.words == c.words for o in COMMANDS if o is not c))
    name = sorted(command.path_flags)[0]
    _usage_error([*command.words, "--dry-run"], name)


def test_an_unknown_command_is_a_usage_error() -> None:
    result = run_in_process(["no-such-command"], env=ENV)
    assert result.code == 2 and "no-such-command" in result.error()["message"]


def test_typed_query_arguments_get_their_python_types() -> None:
    import datetime

    from puffle.cli._run import _coerce
    from puffle.cli._values import UsageError

    _, flag = _find(lambda f: f.location == "query" and f.type == "string")
    hint = datetime.datetime | None
    assert _coerce(flag, hint, "2026-01-02T03:04:05+00:00") == datetime.datetime(
        2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC
    )
    with pytest.raises(UsageError, match=f"--{flag.name}"):
        _coerce(flag, hint, "yesterday")
    assert _coerce(flag, str | None, "plain") == "plain"
