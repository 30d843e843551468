"""Every script in examples/ runs to completion against a real mock server process."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from puffle.mock import MockProcess
from tests.support.mock_server import API_KEY

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.py") if p.name != "tour.py")


def run(script: Path, mock: MockProcess, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PUFFLE_API_KEY": API_KEY, "PUFFLE_API_BASE_URL": mock.url}
    return subprocess.run(
        [sys.executable, str(script), *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )


def test_there_are_five_jobs() -> None:
    assert {p.stem for p in EXAMPLES} >= {
        "list_to_csv",
        "lead_search",
        "campaign_launch",
        "unread_reply",
        "enrich_leads",
    }


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: p.stem)
def test_example_runs_against_the_mock(script: Path, mock: MockProcess, tmp_path: Path) -> None:
    mock.reset()
    result = run(script, mock, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip(), "an example should show what it did"


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: p.stem)
def test_example_imports_at_most_two_names(script: Path) -> None:
    tree = ast.parse(script.read_text(encoding="utf-8"))
    names = [
        alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in ("puffle", "puffle_client")
        for alias in node.names
    ]
    names += [
        alias.name
        for node in tree.body
        if isinstance(node, ast.Import)
        for alias in node.names
        if alias.name.split(".")[0] in ("puffle", "puffle_client")
    ]
    assert len(names) <= 2, names


def test_csv_export_writes_every_lead_of_the_list(mock: MockProcess, tmp_path: Path) -> None:
    mock.reset()
    result = run(ROOT / "examples" / "list_to_csv.py", mock, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    rows = (tmp_path / "leads.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "id,type,title,created_at"
    assert len(rows) > 1
