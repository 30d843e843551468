"""Rehearse an API change end to end in a temporary copy of the repo: edit the spec, regenerate, run api-diff.

The report must show exactly the two additive and two breaking changes made, on the right operations; the Python
layer (griffe) must see the breaks in the regenerated code too; the exit code must block the release until the
version's minor part (before 1.0) is bumped.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import snake_case

from tests.release import synthetic
from tests.release.conftest import ROOT

COPIED = ("spec", "generator", "templates", "generated", "overlays", "scripts", "pyproject.toml")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=rehearsal", "-c", "user.email=rehearsal@localhost", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        timeout=120,
    )


def _api_diff(repo: Path) -> tuple[int, dict[str, Any]]:
    done = subprocess.run(
        [sys.executable, "scripts/api_diff.py", "--json", "-"],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout)


def test_rehearsal_of_an_api_change(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, repo / name)
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "base")

    spec_path = repo / "spec" / "puffle.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    expected = synthetic.apply(spec)
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    generated = subprocess.run(
        [sys.executable, "generator/generate.py"], cwd=repo, capture_output=True, text=True, timeout=300
    )
    assert generated.returncode == 0, generated.stderr

    code, report = _api_diff(repo)
    changes = {(c["what"], c["change"], c["subject"], tuple(c["operations"])) for c in report["spec"]}
    assert {c for c in changes if c in expected.breaking or c in expected.additive} == changes, changes
    additive = {
        (c["what"], c["change"], c["subject"], tuple(c["operations"])) for c in report["spec"] if not c["breaking"]
    }
    breaking = {(c["what"], c["change"], c["subject"], tuple(c["operations"])) for c in report["spec"] if c["breaking"]}
    assert additive == expected.additive
    assert breaking == expected.breaking
    assert report["summary"] == {"breaking": 2, "additive": 2, "python_breaking": len(report["python"])}

    # The regenerated code breaks callers too: the renamed keyword and the removed model attribute.
    op_id, old_param = expected.renamed_param
    python = [(b["path"], b["explanation"]) for b in report["python"]]
    assert any(snake_case(op_id) in path and snake_case(old_param) in text for path, text in python), python
    assert any(path.endswith("." + snake_case(expected.removed_field[1])) for path, _ in python), python

    assert code == 1 and not report["version_ok"] and report["suggested_version"] == "0.2.0"
    version_file = repo / "overlays" / "puffle" / "_version.py"
    version_file.write_text(version_file.read_text(encoding="utf-8").replace('"0.1.0"', '"0.2.0"'), encoding="utf-8")
    code, bumped = _api_diff(repo)
    assert code == 0 and bumped["breaking"] and bumped["version_ok"]
    assert bumped["python"] == report["python"], "the version bump itself must not read as an API change"
