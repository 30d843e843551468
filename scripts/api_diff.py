"""What changed for SDK users between a base (a git ref) and the working tree, and whether it breaks them.

Usage::

    python scripts/api_diff.py                       # base: the last release tag (v*), else HEAD
    python scripts/api_diff.py --base v0.1.0 --json report.json
    python scripts/api_diff.py --changelog CHANGELOG.md   # also write the summary into "Unreleased"

Two layers: the spec (spec_diff.py: operations, parameters, fields, enum values, auth, pagination, classified
by one table) and the Python API (surface_diff.py: griffe's breaking-change check of ``puffle`` and
``puffle_client``). Prints Markdown; exits 1 when something breaks users and the version was not bumped enough
(major part, or the minor part before 1.0), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spec_diff import diff as spec_diff
from surface_diff import breaking_changes

ROOT = Path(__file__).resolve().parent.parent
TREES = ("spec", "overlays", "generated")  # all the two layers read
START, END = "<!-- api-diff:start -->", "<!-- api-diff:end -->"
_VERSION = re.compile(r'^__version__\s*=\s*"([^"]+)"', re.MULTILINE)


def last_release_tag(root: Path) -> str:
    """The newest ``v*`` tag reachable from HEAD, or ``HEAD`` when nothing was released yet."""
    found = subprocess.run(
        ["git", "-C", str(root), "describe", "--tags", "--abbrev=0", "--match", "v[0-9]*"],
        capture_output=True,
        text=True,
    )
    return found.stdout.strip() if found.returncode == 0 and found.stdout.strip() else "HEAD"


def export(root: Path, ref: str, into: Path) -> None:
    """Write the committed ``spec/``, ``overlays/`` and ``generated/`` of ``ref`` into ``into``."""
    present = subprocess.run(
        ["git", "-C", str(root), "ls-tree", "--name-only", ref], capture_output=True, text=True, check=True
    ).stdout.split()
    archive = subprocess.run(
        ["git", "-C", str(root), "archive", "--format=tar", ref, *[t for t in TREES if t in present]],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")


def read_version(root: Path) -> str:
    """``puffle.__version__`` of a tree (from _version.py, or __init__.py in trees older than that file)."""
    for name in ("_version.py", "__init__.py"):
        path = root / "overlays" / "puffle" / name
        if path.is_file():
            match = _VERSION.search(path.read_text(encoding="utf-8"))
            if match:
                return match.group(1)
    raise SystemExit(f"no __version__ in {root / 'overlays' / 'puffle'}")


def _parts(version: str) -> tuple[int, int, int]:
    nums = [int(n) for n in re.findall(r"\d+", version)[:3]]
    major, minor, patch = [*nums, 0, 0, 0][:3]
    return major, minor, patch


def breaking_bump_done(old: str, new: str) -> bool:
    """Whether ``new`` may break users of ``old``: a new major, or before 1.0 a new minor."""
    (o_major, o_minor, _), (n_major, n_minor, _) = _parts(old), _parts(new)
    if n_major != o_major:
        return n_major > o_major
    return o_major == 0 and n_minor > o_minor


def suggest(old: str, breaking: bool, additive: bool) -> str:
    major, minor, patch = _parts(old)
    if breaking:
        return f"{major + 1}.0.0" if major >= 1 else f"0.{minor + 1}.0"
    if additive and major >= 1:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def build_report(base_root: Path, head_root: Path, base: str) -> dict[str, Any]:
    with (base_root / "spec" / "puffle.yaml").open(encoding="utf-8") as fh:
        old_spec = yaml.safe_load(fh)
    with (head_root / "spec" / "puffle.yaml").open(encoding="utf-8") as fh:
        new_spec = yaml.safe_load(fh)
    changes = [c.as_dict() for c in spec_diff(old_spec, new_spec)]
    python = breaking_changes(base_root, head_root)
    old_version, new_version = read_version(base_root), read_version(head_root)
    n_breaking = sum(c["breaking"] for c in changes)
    breaking = bool(n_breaking or python)
    bumped = breaking_bump_done(old_version, new_version)
    return {
        "base": base,
        "base_version": old_version,
        "version": new_version,
        "summary": {"breaking": n_breaking, "additive": len(changes) - n_breaking, "python_breaking": len(python)},
        "breaking": breaking,
        "version_ok": not breaking or bumped,
        "suggested_version": suggest(old_version, breaking, len(changes) > n_breaking),
        "spec": changes,
        "python": python,
    }


def _line(change: dict[str, Any]) -> str:
    detail = f" ({change['detail']})" if change["detail"] else ""
    ops = ", ".join(f"`{op}`" for op in change["operations"])
    where = f" — operations: {ops}" if ops and ops != f"`{change['subject']}`" else ""
    return f"- {change['what']} {change['change']}: `{change['subject']}`{detail}{where}. {change['why'].capitalize()}."


def summary_markdown(report: dict[str, Any], heading: str = "###") -> str:
    """The changes as Markdown lists: the part `make changelog` puts into the next release's section."""
    spec = report["spec"]
    parts: list[str] = []
    breaking = [c for c in spec if c["breaking"]]
    additive = [c for c in spec if not c["breaking"]]
    if breaking:
        parts += [f"{heading} Breaking changes", "", *map(_line, breaking), ""]
    if additive:
        parts += [f"{heading} Added and changed (not breaking)", "", *map(_line, additive), ""]
    if report["python"]:
        parts += [f"{heading} Python API breaks (griffe)", ""]
        parts += [f"- `{b['path']}`: {b['explanation']}" for b in report["python"]]
        parts.append("")
    if not parts:
        parts = ["No changes to the API or the public Python surface.", ""]
    return "\n".join(parts)


def markdown(report: dict[str, Any]) -> str:
    s = report["summary"]
    verdict = (
        "no breaking change"
        if not report["breaking"]
        else "version bump is enough"
        if report["version_ok"]
        else f"BREAKING without a breaking version bump: release as {report['suggested_version']}"
    )
    head = [
        f"## API diff: {report['base']} ({report['base_version']}) -> working tree ({report['version']})",
        "",
        f"Spec: {s['breaking']} breaking, {s['additive']} additive. Python API: {s['python_breaking']} breaking. "
        f"Verdict: {verdict}. Suggested next version: {report['suggested_version']}.",
        "",
    ]
    return "\n".join(head) + "\n" + summary_markdown(report)


def write_changelog(path: Path, report: dict[str, Any]) -> None:
    """Replace the text between the api-diff markers (in the Unreleased section) with the report's summary."""
    text = path.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{path} has no {START} ... {END} block")
    before, rest = text.split(START, 1)
    _, after = rest.split(END, 1)
    body = (
        f"Compared with {report['base']} ({report['base_version']}); suggested version "
        f"{report['suggested_version']}.\n\n" + summary_markdown(report)
    )
    path.write_text(f"{before}{START}\n{body}{END}{after}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", help="git ref to compare with (default: last v* tag, else HEAD)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the working tree to check (default: this repo)")
    parser.add_argument("--json", type=Path, help="also write the report as JSON to this file ('-' = stdout)")
    parser.add_argument("--changelog", type=Path, help="write the summary into this CHANGELOG's Unreleased block")
    parser.add_argument("--no-fail", action="store_true", help="exit 0 on an unbumped breaking change (changelog)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    base = args.base or last_release_tag(root)
    with tempfile.TemporaryDirectory(prefix="api-diff-") as tmp:
        try:
            export(root, base, Path(tmp))
        except subprocess.CalledProcessError as exc:
            print(f"cannot read {base!r} from git: {exc.stderr.decode(errors='replace').strip()}", file=sys.stderr)
            return 2
        report = build_report(Path(tmp), root, base)
    if args.json is not None:
        text = json.dumps(report, indent=2) + "\n"
        if str(args.json) == "-":
            sys.stdout.write(text)
        else:
            args.json.write_text(text, encoding="utf-8")
    if str(args.json) != "-":
        print(markdown(report))
    if args.changelog is not None:
        write_changelog(args.changelog, report)
    return 0 if report["version_ok"] or args.no_fail else 1


if __name__ == "__main__":
    raise SystemExit(main())
