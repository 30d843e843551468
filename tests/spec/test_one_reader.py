"""Only the vocabulary reader reads ``x-puffle-*`` extensions: the mock, the CLI and the SDK go through its records.

A module that indexes the spec with an extension's name (``op.get("x-puffle-task")``) would be a second reader
that can drift from the first; this test finds such names as string literals in the package's sources.
Docstrings and messages may mention the extensions (they are longer strings than a bare key).
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from tests.spec.conftest import ROOT, SPEC

PACKAGE = ROOT / "overlays" / "puffle"
# The reader itself, and the linter that validates the raw extensions against the schema before anything reads them.
READERS = {PACKAGE / "_vocabulary.py", PACKAGE / "_extension_check.py"}
KEY = re.compile(r"x-puffle-[A-Za-z0-9-]+")


def _extension_keys(node: object) -> set[str]:
    """Every x-puffle-* key the spec uses, anywhere in the document."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if KEY.fullmatch(str(key)):
                found.add(str(key))
            found |= _extension_keys(value)
    elif isinstance(node, list):
        for value in node:
            found |= _extension_keys(value)
    return found


# Those the spec uses and those the schema defines (an extension no operation uses yet is still the reader's).
_SCHEMA = json.loads((ROOT / "spec" / "x-puffle.schema.json").read_text(encoding="utf-8"))
EXTENSIONS = _extension_keys(SPEC) | _extension_keys(_SCHEMA)


def _literals(path: Path) -> list[tuple[int, str]]:
    """(line, text) of the string constants in ``path`` that name a spec extension or build one from a prefix."""
    hits = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
            if text in EXTENSIONS or (text.startswith("x-puffle-") and any(e.startswith(text) for e in EXTENSIONS)):
                hits.append((node.lineno, text))
    return hits


def test_the_spec_has_extensions_to_look_for() -> None:
    assert {"x-puffle-mock", "x-puffle-names", "x-puffle-task", "x-puffle-error-shape"} <= EXTENSIONS


@pytest.mark.parametrize(
    "path", sorted(p for p in PACKAGE.rglob("*.py") if p not in READERS), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_no_module_but_the_reader_reads_an_extension(path: Path) -> None:
    hits = _literals(path)
    assert not hits, f"{path.relative_to(ROOT)} reads x-puffle-* itself (use puffle._vocabulary records): {hits}"


def test_the_check_finds_a_second_reader(tmp_path: Path) -> None:
    module = tmp_path / "second.py"
    module.write_text(
        '"""Reads x-puffle-task in a docstring: fine."""\n\ndef f(op):\n    return op.get("x-puffle-task")\n'
    )
    assert _literals(module) == [(4, "x-puffle-task")]
    module.write_text('def f(op, name):\n    return op.get("x-puffle-" + name)\n')
    assert _literals(module) == [(2, "x-puffle-")]
