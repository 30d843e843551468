"""One version everywhere, the bump rule, the changelog block, and a clean tree that reports no change."""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
from pathlib import Path

import pytest
from api_diff import breaking_bump_done, build_report, export, suggest, write_changelog

import puffle
from puffle import _client
from tests.release.conftest import ROOT


def test_version_has_one_source() -> None:
    assert importlib.metadata.version("puffle") == puffle.__version__, "stale install: run `make install`"
    assert _client.USER_AGENT.endswith(f"/{puffle.__version__}")
    assert f"## [{puffle.__version__}]" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "allowed"),
    [
        ("0.1.0", "0.1.1", False),
        ("0.1.0", "0.2.0", True),
        ("0.1.0", "1.0.0", True),
        ("1.2.0", "1.3.0", False),
        ("1.2.0", "2.0.0", True),
        ("1.2.0", "0.9.0", False),
    ],
)
def test_a_break_needs_a_major_or_pre_1_0_minor_bump(old: str, new: str, allowed: bool) -> None:
    assert breaking_bump_done(old, new) is allowed


def test_suggested_version() -> None:
    assert suggest("0.1.0", breaking=True, additive=True) == "0.2.0"
    assert suggest("0.1.0", breaking=False, additive=True) == "0.1.1"
    assert suggest("1.4.2", breaking=True, additive=False) == "2.0.0"
    assert suggest("1.4.2", breaking=False, additive=True) == "1.5.0"


def test_changelog_block_is_replaced_not_appended(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    shutil.copy(ROOT / "CHANGELOG.md", changelog)
    before = changelog.read_text(encoding="utf-8")
    report = {
        "base": "v0.1.0",
        "base_version": "0.1.0",
        "suggested_version": "0.2.0",
        "spec": [
            {
                "what": "operation",
                "change": "removed",
                "subject": "getThing",
                "operations": ["getThing"],
                "breaking": True,
                "why": "gone",
                "detail": "",
            }
        ],
        "python": [],
    }
    write_changelog(changelog, report)
    write_changelog(changelog, report)
    after = changelog.read_text(encoding="utf-8")
    assert after.count("operation removed: `getThing`") == 1
    assert after.split("<!-- api-diff:start -->")[0] == before.split("<!-- api-diff:start -->")[0]
    assert after.split("<!-- api-diff:end -->")[1] == before.split("<!-- api-diff:end -->")[1]


def test_the_committed_tree_reports_no_change(tmp_path: Path) -> None:
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "spec", "overlays", "generated"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if dirty.strip():
        pytest.skip("uncommitted changes in spec/overlays/generated: the diff against HEAD is not empty")
    export(ROOT, "HEAD", tmp_path)
    report = build_report(tmp_path, ROOT, "HEAD")
    assert report["spec"] == [] and report["python"] == [] and report["version_ok"]
