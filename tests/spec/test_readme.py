"""The README's API table is generated from the spec and must not go stale."""

from __future__ import annotations

import subprocess
import sys

from tests.spec.conftest import ROOT


def test_readme_api_table_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "api_table.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "| **all** | | **88** |" in (ROOT / "README.md").read_text(encoding="utf-8")
