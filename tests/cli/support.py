"""Shared helpers of the CLI tests: the docs' CLI lines, sample flag values, running the CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from puffle.cli import main
from puffle.cli._spec import Command, Flag, load_commands

DATA = Path(__file__).resolve().parents[1] / "data" / "cli_lines.tsv"
API_KEY = "pk_test_cli_0123456789abcdef_SECRET"


@dataclass(frozen=True)
class DocsLine:
    operation_id: str
    method: str
    path: str
    cli: str


def docs_lines() -> list[DocsLine]:
    with DATA.open(encoding="utf-8") as fh:
        return [
            DocsLine(r["operationId"], r["method"], r["path"], r["cli"]) for r in csv.DictReader(fh, delimiter="\t")
        ]


def commands_by_id() -> dict[str, Command]:
    return {c.operation_id: c for c in load_commands()}


def sample(flag: Flag) -> Any:
    """A value valid for the flag's schema, distinct per flag so that each one can be traced into the request."""
    schema = flag.schema
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][-1]
    kind = flag.type
    if kind == "boolean":
        return True
    if kind == "integer":
        low = schema.get("minimum")
        high = schema.get("maximum")
        value = 7 if not isinstance(low, int) else max(low, 7)
        return min(value, high) if isinstance(high, int) else value
    if kind == "number":
        return 2.5
    if kind == "array":
        items = schema.get("items") or {}
        item: Any = f"{flag.name}-1"
        if isinstance(items, Mapping):
            if isinstance(items.get("enum"), list) and items["enum"]:
                item = items["enum"][0]
            elif items.get("type") == "integer":
                item = 1
            elif items.get("type") == "object":
                item = {"sample": flag.name}
        return [item]
    if kind == "object":
        return {"sample": flag.name}
    if schema.get("format") == "uuid":
        return f"00000000-0000-4000-8000-0000000000{len(flag.name) % 100:02d}"
    return f"{flag.name}-value"


def as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value)
    return str(value)


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def error(self) -> dict[str, Any]:
        lines = self.err.strip().splitlines()
        assert len(lines) == 1, self.err
        return dict(json.loads(lines[0])["error"])


def run_in_process(argv: Sequence[str], env: Mapping[str, str] | None = None) -> Result:
    """``main(argv)`` in this process (dry runs and usage errors only: nothing is sent)."""
    out, err = io.StringIO(), io.StringIO()
    saved = {k: os.environ.get(k) for k in ("PUFFLE_API_KEY", "PUFFLE_API_BASE_URL")}
    try:
        for k in saved:
            os.environ.pop(k, None)
        os.environ.update(env or {})
        code = main(list(argv), stdout=out, stderr=err)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return Result(code, out.getvalue(), err.getvalue())


def run_cli(argv: Sequence[str], *, env: Mapping[str, str] | None = None, timeout: float = 120) -> Result:
    """``python -m puffle ARGV`` as a real process (what a user or a script runs)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("PUFFLE_")}
    proc = subprocess.run(
        [sys.executable, "-m", "puffle", *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**base, **(env or {})},
        stdin=subprocess.DEVNULL,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)
