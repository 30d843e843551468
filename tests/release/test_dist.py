"""`make dist` for real: build the sdist and wheel, check them, install the wheel into a fresh virtual environment
(from the package index, as a user would) and run the smoke test there against the wheel's own mock server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

import puffle
from tests.release.conftest import ROOT

PACKAGES = {"puffle": ROOT / "overlays" / "puffle", "puffle_client": ROOT / "generated" / "puffle_client"}
LEFTOVERS = ("__pycache__", ".pyc", ".egg-info", ".mypy_cache", ".pytest_cache", "tests/", "build/", "bench/")


def _run(*cmd: str | Path, cwd: Path = ROOT, timeout: float = 300) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
    assert done.returncode == 0, f"{cmd}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


def _tracked(folder: Path) -> set[str]:
    """The package's files as git knows them, relative to the package's parent (as they sit in a wheel)."""
    out = _run("git", "ls-files", "--", str(folder.relative_to(ROOT)))
    return {str(Path(line).relative_to(folder.parent.relative_to(ROOT))) for line in out.split()}


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT)
    _run(sys.executable, "-m", "twine", "check", "--strict", *sorted(out.iterdir()))
    return out


def test_wheel_holds_both_packages_and_nothing_else(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = set().union(*(_tracked(folder) for folder in PACKAGES.values()))
    assert {"puffle/py.typed", "puffle_client/py.typed", "puffle_client/openapi.json"} <= expected
    payload = {n for n in names if ".dist-info/" not in n}
    assert payload == expected, (sorted(payload - expected)[:20], sorted(expected - payload)[:20])
    assert not [n for n in names if any(bad in n for bad in LEFTOVERS)]
    entry_points = zipfile.ZipFile(wheel).read(f"puffle-{puffle.__version__}.dist-info/entry_points.txt").decode()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert all(f"{name} = {target}" in entry_points for name, target in scripts.items()), entry_points


def test_sdist_has_sources_but_no_tests(dist: Path) -> None:
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    assert {"spec/puffle.yaml", "README.md", "CHANGELOG.md", "pyproject.toml"} <= names
    assert not [n for n in names if any(bad in n for bad in LEFTOVERS)]


def test_wheel_works_in_a_fresh_venv(dist: Path, tmp_path: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    bin_dir = venv / "bin"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    # Every user-facing extra (mock, and e.g. a CLI's), as a user installing the full package would.
    extras = ",".join(sorted(set(project["optional-dependencies"]) - {"dev"}))
    _run(bin_dir / "python", "-m", "pip", "install", "--quiet", f"{wheel}[{extras}]", cwd=tmp_path, timeout=600)
    flags = []
    scripts = project["scripts"]
    if "puffle" in scripts:
        flags.append("--expect-cli")
    with puffle.Puffle(api_key="pk_test_probe", base_url="http://127.0.0.1:9") as probe:
        if hasattr(probe, "account"):  # the resource client exists in this tree: the wheel must have it too
            flags.append("--expect-resources")
    out = _run(bin_dir / "python", ROOT / "tests" / "release" / "smoke.py", "--bin", bin_dir, *flags, cwd=tmp_path)
    report = json.loads(out.strip().splitlines()[-1])
    expected = ["import", "generated call", "paginate"]
    expected += ["resource call"] if "--expect-resources" in flags else []
    expected += ["cli"] if "--expect-cli" in flags else []
    assert report == {"steps": expected, "version": puffle.__version__}
