"""Flags the spec's naming record adds for nested body fields (``x-puffle-names.flags``), e.g. the docs' top-level
``--write-policy`` of ``puffle enrichment create``, which sets ``output.writePolicy``."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from puffle._vocabulary import VocabularyError, read_operation
from tests.cli.support import API_KEY, commands_by_id, run_in_process
from tests.spec.conftest import SPEC

BASE = "https://api.example.test"
ENV = {"PUFFLE_API_KEY": API_KEY, "PUFFLE_API_BASE_URL": BASE}
CREATE = ["enrichment", "create", "--enrichment-id", "e1", "--scope", '{"type": "list", "listId": "l1"}']


def declared() -> list[tuple[str, str, str]]:
    """(operationId, flag, dotted field) of every nested flag in the spec."""
    spec = copy.deepcopy(SPEC)
    found = []
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op:
                for flag, target in (op["x-puffle-names"].get("flags") or {}).items():
                    found.append((op["operationId"], flag, target["field"]))
    return found


def test_the_spec_declares_nested_flags_and_marks_each_as_inferred_or_sourced() -> None:
    spec = copy.deepcopy(SPEC)
    assert declared(), "the docs' --write-policy needs one"
    for item in spec["paths"].values():
        for op in item.values():
            for target in (op.get("x-puffle-names", {}).get("flags") or {}).values() if isinstance(op, dict) else ():
                assert target.get("x-puffle-inferred") or target.get("x-puffle-source"), target


@pytest.mark.parametrize(("operation_id", "flag", "field"), declared())
def test_each_nested_flag_is_a_flag_of_its_command(operation_id: str, flag: str, field: str) -> None:
    flags = {f.name: f for f in commands_by_id()[operation_id].flags}
    assert flags[flag].path == tuple(field.split(".")) and flags[flag].location == "body"


def dry_run(*argv: str) -> Any:
    result = run_in_process([*argv, "--dry-run"], env=ENV)
    assert result.code == 0, result.err
    return result.json()["body"]


def test_write_policy_lands_under_output() -> None:
    body = dry_run(*CREATE, "--write-policy", "overwrite")
    assert body["output"] == {"writePolicy": "overwrite"}


def test_write_policy_adds_to_an_output_given_whole() -> None:
    for order in ([0, 1], [1, 0]):  # whichever comes first on the line
        pairs = [["--output", '{"attributeKey": "industry"}'], ["--write-policy", "overwrite"]]
        body = dry_run(*CREATE, *pairs[order[0]], *pairs[order[1]])
        assert body["output"] == {"attributeKey": "industry", "writePolicy": "overwrite"}


def test_the_nested_flag_is_in_the_help() -> None:
    result = run_in_process(["enrichment", "create", "--help"], env=ENV)
    assert "--write-policy" in result.out and "output.writePolicy" in result.out


def _record(names: dict[str, Any]) -> Any:
    spec = copy.deepcopy(SPEC)
    op = copy.deepcopy(spec["paths"]["/api/enrichment"]["post"])
    op["x-puffle-names"] = names
    return read_operation(spec, "post", "/api/enrichment", op, [])


def test_the_reader_refuses_a_flag_without_a_nested_path_or_a_command() -> None:
    with pytest.raises(VocabularyError, match="dotted body field path"):
        _record({"sdk": "enrichments.create", "cli": "enrichment create", "flags": {"x": {"field": "mode"}}})
    with pytest.raises(VocabularyError, match="without a command"):
        _record({"sdk": "enrichments.create", "cli": None, "flags": {"x": {"field": "output.writePolicy"}}})
    record = _record({"sdk": "enrichments.create", "cli": "enrichment create"})
    assert record.names.flags == ()
