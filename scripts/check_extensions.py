"""Check every x-puffle-* extension of spec/puffle.yaml against spec/x-puffle.schema.json and the shared reader.

python scripts/check_extensions.py [SPEC]   # exit 1 and list the problems when any extension is malformed

The check itself lives in the package (`puffle._extension_check`) because the mock server runs it at start-up
too; this script feeds it the schema from ``spec/`` (the one ``make generate`` ships into ``puffle_client``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

from puffle._extension_check import problems

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "puffle.yaml"
SCHEMA = ROOT / "spec" / "x-puffle.schema.json"

__all__ = ["main", "problems"]


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    spec_path = Path(args[0]) if args else SPEC
    document = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    found = problems(document, schema)
    for line in found:
        print(line, file=sys.stderr)
    if found:
        print(f"{len(found)} x-puffle extension problem(s) in {spec_path}", file=sys.stderr)
        return 1
    print(f"x-puffle extensions of {spec_path.name} match {SCHEMA.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
