"""The CLI ships as the ``puffle`` console script and ``python -m puffle``; ``import puffle`` stays CLI-free."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from puffle.cli._spec import load_commands


def test_importing_the_sdk_does_not_import_the_cli() -> None:
    code = "import sys, puffle; print(sorted(m for m in sys.modules if m.startswith('puffle.cli') or m == 'argparse'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"


def test_a_command_imports_only_its_own_endpoint_module() -> None:
    code = (
        "import json, sys; from puffle.cli import main; main(['account', '--dry-run']); "
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('puffle_client.api.'))), file=sys.stderr)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env={"PATH": "", "PUFFLE_API_KEY": "pk_test_packaging"},
    )
    account = next(c for c in load_commands() if c.words == ("account",))
    modules = json.loads(out.stderr.strip().splitlines()[-1])
    assert [m for m in modules if m.count(".") == 3] == [f"puffle_client.api.account.{_snake(account.operation_id)}"]


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def test_python_dash_m_puffle_runs_the_cli() -> None:
    out = subprocess.run([sys.executable, "-m", "puffle", "--help"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "command groups:" in out.stdout


def test_the_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "puffle"
    if not script.exists():
        pytest.fail(f"{script} missing: the package's [project.scripts] entry was not installed (run make install)")
    out = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.startswith("puffle ")
