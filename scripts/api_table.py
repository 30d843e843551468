"""Write the README's table of API areas (operations per tag) from spec/puffle.yaml.

python scripts/api_table.py           # rewrite the table between the README markers
python scripts/api_table.py --check   # exit 1 when the README table is stale
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- api-table:start -->", "<!-- api-table:end -->"
METHODS = ("get", "put", "post", "patch", "delete")


def render(spec: dict) -> str:  # type: ignore[type-arg]
    ops = [op for item in spec["paths"].values() for m, op in item.items() if m in METHODS]
    per_tag = Counter(op["tags"][0] for op in ops)
    paginated = Counter(op["tags"][0] for op in ops if "x-puffle-pagination" in op)
    tasks = Counter(op["tags"][0] for op in ops if "x-puffle-task" in op)
    lines = [
        "| area (tag) | what it covers | operations | paginated | start async tasks |",
        "|---|---|---:|---:|---:|",
    ]
    for tag in spec["tags"]:
        name = tag["name"]
        lines.append(
            f"| `{name}` | {tag.get('description', '')} | {per_tag[name]} | {paginated[name]} | {tasks[name]} |"
        )
    lines.append(f"| **all** | | **{len(ops)}** | **{sum(paginated.values())}** | **{sum(tasks.values())}** |")
    return "\n".join(lines)


def updated_readme(readme: str, table: str) -> str:
    if START not in readme or END not in readme:
        raise SystemExit(f"README.md lacks the {START} / {END} markers")
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{table}\n{END}{tail}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    spec = yaml.safe_load((ROOT / "spec" / "puffle.yaml").read_text(encoding="utf-8"))
    path = ROOT / "README.md"
    current = path.read_text(encoding="utf-8")
    wanted = updated_readme(current, render(spec))
    if args.check:
        if wanted != current:
            print("README.md API table is stale: run `python scripts/api_table.py`", file=sys.stderr)
            return 1
        return 0
    path.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
