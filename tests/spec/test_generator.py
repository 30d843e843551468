"""The generator pipeline: deterministic output, and a spec change flows into the generated package."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

import yaml

from tests.spec.conftest import ROOT, load_spec

GENERATE = [sys.executable, str(ROOT / "generator" / "generate.py")]


def _same_tree(a: Path, b: Path) -> bool:
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])

    def walk(c: filecmp.dircmp[str]) -> bool:
        if c.left_only or c.right_only or c.diff_files:
            return False
        return all(walk(sub) for sub in c.subdirs.values())

    # dircmp compares shallowly (size+mtime); compare contents for the files it calls equal
    for path in a.rglob("*.py"):
        if path.read_bytes() != (b / path.relative_to(a)).read_bytes():
            return False
    return walk(cmp)


def test_generation_is_deterministic_and_matches_the_committed_package(tmp_path: Path) -> None:
    subprocess.run([*GENERATE, "--out", str(tmp_path / "one")], check=True, capture_output=True)
    subprocess.run([*GENERATE, "--out", str(tmp_path / "two")], check=True, capture_output=True)
    assert _same_tree(tmp_path / "one" / "puffle_client", tmp_path / "two" / "puffle_client")
    assert _same_tree(tmp_path / "one" / "puffle_client", ROOT / "generated" / "puffle_client")


def test_a_spec_change_is_reflected_after_regeneration(tmp_path: Path) -> None:
    spec = load_spec()
    op = spec["paths"]["/api/account"]["get"]
    op["x-puffle-idempotent"] = True
    schema = spec["components"]["schemas"]["Account"]
    schema["properties"]["favouriteColour"] = {"type": ["string", "null"], "enum": ["teal", "amber", None]}
    changed = tmp_path / "spec.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    subprocess.run([*GENERATE, "--out", str(tmp_path / "out"), "--spec", str(changed)], check=True, capture_output=True)
    model = (tmp_path / "out" / "puffle_client" / "models" / "account.py").read_text(encoding="utf-8")
    assert "favourite_colour" in model and '"favouriteColour"' in model
    committed = (ROOT / "generated" / "puffle_client" / "models" / "account.py").read_text(encoding="utf-8")
    assert "favourite_colour" not in committed


def test_check_mode_passes_on_the_committed_tree() -> None:
    result = subprocess.run([*GENERATE, "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_drift_is_reported_with_a_diff(tmp_path: Path) -> None:
    import importlib.util
    import shutil

    spec = importlib.util.spec_from_file_location("puffle_generate", ROOT / "generator" / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    committed = tmp_path / "puffle_client"
    shutil.copytree(ROOT / "generated" / "puffle_client", committed, ignore=shutil.ignore_patterns("__pycache__"))
    (committed / "api" / "signals" / "list_signals.py").write_text("# edited by hand\n", encoding="utf-8")
    (committed / "stray.py").write_text("x = 1\n", encoding="utf-8")
    diff = "".join(generate._tree_diff(committed, ROOT / "generated" / "puffle_client"))
    assert "-# edited by hand" in diff and "regenerated/puffle_client/api/signals/list_signals.py" in diff
    assert "only in committed tree: puffle_client/stray.py" in diff
