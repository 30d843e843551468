"""The generated parsers keep the shape that makes them fast (issue 14; speed itself is measured in bench/, not
in timed tests): no run-time typing work, no closures per call, direct nested calls, enum value maps."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODELS = sorted((ROOT / "generated" / "puffle_client" / "models").glob("*.py"))
MODEL_FILES = [p for p in MODELS if p.name != "__init__.py" and "_from_dict" in p.read_text(encoding="utf-8")]


def _from_dict_of(path: Path) -> ast.FunctionDef:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "_from_dict":
            return node
    raise AssertionError(f"{path.name} has no _from_dict")


def _called_names(fn: ast.FunctionDef) -> list[str]:
    names = []
    for node in ast.walk(fn):
        if isinstance(node, ast.Call):
            func = node.func
            names.append(func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", ""))
    return names


def test_there_are_model_parsers_to_check() -> None:
    assert len(MODEL_FILES) > 100


@pytest.mark.parametrize("path", MODEL_FILES, ids=[p.stem for p in MODEL_FILES])
def test_from_dict_does_no_typing_work_and_defines_no_closures(path: Path) -> None:
    fn = _from_dict_of(path)
    called = _called_names(fn)
    assert "cast" not in called and "isinstance" not in called
    assert "from_dict" not in called, "nested models are built with _from_dict (the error wrapper runs once)"
    assert not [n for n in ast.walk(fn) if isinstance(n, ast.FunctionDef | ast.Lambda) and n is not fn]
    assert "dict" not in called, "the input is read in place, not copied"


@pytest.mark.parametrize("path", MODEL_FILES, ids=[p.stem for p in MODEL_FILES])
def test_enums_are_looked_up_in_their_value_map(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    fn = _from_dict_of(path)
    for node in ast.walk(fn):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_parse_enum":
            enum = node.args[0]
            assert isinstance(enum, ast.Name)
            assert f"_{enum.id.upper()}_BY_VALUE" in source  # the fast path exists next to the slow one
