"""The pytest plugin users build their suites on: run as a user would, in a separate pytest process.

Each test writes a small suite into a temporary folder and runs ``python -m pytest`` there, so the plugin is
loaded through its ``pytest11`` entry point exactly as in a user's project. The missing-extra cases hide the
mock's dependencies with ``sys.modules[name] = None`` (what an uninstalled package looks like to the import
system) before anything imports them.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from puffle.mock import INSTALL_HINT, REQUIRED

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = Path(__file__).with_name("plugin_sample") / "sample_suite.py"
HIDE_EXTRA = "import sys\n" + "".join(f"sys.modules[{name!r}] = None\n" for name in REQUIRED)


def _pytest(folder: Path, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _passed(result: subprocess.CompletedProcess[str]) -> int:
    found = re.search(r"(\d+) passed", result.stdout)
    return int(found.group(1)) if found else 0


def _readme_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The mock server", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def test_the_sample_suite_passes_using_only_the_fixtures(tmp_path: Path) -> None:
    (tmp_path / "test_sample.py").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    result = _pytest(tmp_path, "--puffle-mock-args", "--seed 3 --size leads=30")
    tests = SAMPLE.read_text(encoding="utf-8").count("\ndef test_")
    assert result.returncode == 0, result.stdout + result.stderr
    assert _passed(result) == tests


def test_server_options_also_come_from_the_ini_file(tmp_path: Path) -> None:
    (tmp_path / "pytest.ini").write_text("[pytest]\npuffle_mock_args = --size leads=7\n", encoding="utf-8")
    (tmp_path / "test_ini.py").write_text(
        "def test_size(puffle_mock_stats):\n    assert puffle_mock_stats.size('leads') == 7\n", encoding="utf-8"
    )
    result = _pytest(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_failing_expectation_fails_the_users_test(tmp_path: Path) -> None:
    """The stats helper can fail: a suite asserting a call that never happened is reported as failed."""
    (tmp_path / "test_wrong.py").write_text(
        "def test_wrong(puffle_client, puffle_mock_stats):\n    puffle_mock_stats.assert_called('createLead')\n",
        encoding="utf-8",
    )
    result = _pytest(tmp_path)
    assert result.returncode == 1
    assert "createLead was never called" in result.stdout


@pytest.mark.parametrize("index", range(len(_readme_blocks())))
def test_the_readme_mock_section_runs_as_written(tmp_path: Path, index: int) -> None:
    block = _readme_blocks()[index]
    if "\ndef test_" in block:
        (tmp_path / "test_readme_block.py").write_text(block, encoding="utf-8")
        result = _pytest(tmp_path)
        assert result.returncode == 0, result.stdout + result.stderr
        assert _passed(result) == block.count("\ndef test_")
    else:
        result = subprocess.run(
            [sys.executable, "-c", block], cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False
        )
        assert result.returncode == 0, result.stderr


def test_without_the_extra_the_fixtures_name_the_install_command(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(HIDE_EXTRA, encoding="utf-8")
    (tmp_path / "test_needs_mock.py").write_text("def test_it(puffle_client):\n    pass\n", encoding="utf-8")
    result = _pytest(tmp_path)
    assert result.returncode == 1
    assert INSTALL_HINT in result.stdout, result.stdout
    assert "Traceback" not in result.stdout


def test_without_the_extra_the_command_names_the_install_command() -> None:
    code = HIDE_EXTRA + "from puffle.mock.__main__ import main\nsys.exit(main(['--port', '0']))\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert INSTALL_HINT in result.stderr
    assert "Traceback" not in result.stderr


def test_without_the_extra_using_the_server_from_code_names_the_install_command() -> None:
    code = HIDE_EXTRA + "import puffle.mock\ntry:\n    puffle.mock.launch\nexcept ImportError as exc:\n    print(exc)\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert INSTALL_HINT in result.stdout


def test_import_puffle_loads_nothing_of_the_mock() -> None:
    code = (
        "import sys, puffle, puffle.pytest_plugin\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('starlette', 'uvicorn', 'jsonschema', 'yaml')"
        " or m.startswith('puffle.mock.')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"
