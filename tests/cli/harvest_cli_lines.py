"""One-off: copy every docs ``cli:`` line (with its operationId) into tests/data/cli_lines.tsv.

Run by hand when the reference docs change; the tests read only the TSV, never the docs folder:

    python tests/cli/harvest_cli_lines.py ../shared/reference/api

OPERATIONS.md maps each operationId to its endpoint file(s); each file's ``cli:`` lines hold the commands,
either bare (``cli: puffle signal``) or as backticked snippets separated by ``;``. Lines the harvest marked as
not captured or guessed ("probably", "unconfirmed") are not docs lines and are skipped; a snippet the excerpt
cut off (ending in an ellipsis) keeps only its complete flags.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "cli_lines.tsv"
ROW = re.compile(r"^\|\s*(GET|POST|PUT|PATCH|DELETE)\s*\|\s*`([^`]+)`\s*\|\s*(\w+)\s*\|.*\|\s*([^|]+?)\s*\|\s*$")


def commands(line: str) -> list[str]:
    text = line.split(":", 1)[1].strip()
    if re.search(r"probably|unconfirmed|not captured|none", text, re.IGNORECASE) and "`" not in text:
        return []
    if re.search(r"probably|unconfirmed", text, re.IGNORECASE):
        return []
    snippets = re.findall(r"`(puffle [^`]*)`", text) or ([text] if text.startswith("puffle ") else [])
    out = []
    for snippet in snippets:
        tokens = snippet.split()
        if any("…" in t for t in tokens):  # cut off in the excerpt: keep the complete flags before the cut
            tokens = tokens[: next(i for i, t in enumerate(tokens) if "…" in t)]
            while tokens and tokens[-1].startswith("--"):
                tokens.pop()  # its value was lost with the cut
        out.append(" ".join(tokens))
    return out


def main(root: Path) -> int:
    rows: list[tuple[str, str, str, str]] = []
    for line in (root / "OPERATIONS.md").read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if not match:
            continue
        method, path, operation_id, refs = match.groups()
        seen: set[str] = set()
        for ref in re.split(r",\s*", refs):
            file = root / ref.strip()
            if not file.is_file():
                continue
            for text in file.read_text(encoding="utf-8").splitlines():
                if text.startswith("cli:"):
                    for command in commands(text):
                        if command not in seen:
                            seen.add(command)
                            rows.append((operation_id, method, path, command))
    OUT.write_text("operationId\tmethod\tpath\tcli\n" + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} cli lines of {len({r[0] for r in rows})} operations -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/api")))
