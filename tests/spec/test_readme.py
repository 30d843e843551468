"""The README stays true: its API table is generated from the spec, and every ```python block runs.

Each block runs verbatim, in a fresh interpreter, against a real mock server process (``$PUFFLE_API_KEY`` and
``$PUFFLE_API_BASE_URL`` point at it). A block that truly cannot run alone is marked with ``<!-- fragment -->``
on the line above; it is only compiled.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from puffle.mock import MockProcess
from tests.spec.conftest import ROOT
from tests.support.mock_server import API_KEY, running_mock

README = (ROOT / "README.md").read_text(encoding="utf-8")
FRAGMENT = "<!-- fragment -->"


def blocks() -> list[tuple[int, str, bool]]:
    """(line number, code, is a fragment) of every ```python block."""
    found = []
    for match in re.finditer(r"```python\n(.*?)^```", README, re.MULTILINE | re.DOTALL):
        line = README.count("\n", 0, match.start()) + 1
        previous = README[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        found.append((line, match.group(1), previous.strip() == FRAGMENT))
    return found


BLOCKS = blocks()


@pytest.fixture(scope="module")
def mock() -> Iterator[MockProcess]:
    with running_mock() as server:
        yield server


def test_readme_api_table_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "api_table.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "| **all** | | **88** |" in README


def test_readme_has_python_blocks_and_few_fragments() -> None:
    assert len(BLOCKS) >= 5
    assert sum(fragment for _, _, fragment in BLOCKS) <= len(BLOCKS) // 2


@pytest.mark.parametrize(("line", "code", "fragment"), BLOCKS, ids=[f"line{b[0]}" for b in BLOCKS])
def test_readme_python_block_runs(line: int, code: str, fragment: bool, mock: MockProcess, tmp_path: Path) -> None:
    compile(code, f"README.md:{line}", "exec")
    if fragment:
        return
    env = {**os.environ, "PUFFLE_API_KEY": API_KEY, "PUFFLE_API_BASE_URL": mock.url}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, f"README.md line {line}:\n{result.stderr[-3000:]}"
