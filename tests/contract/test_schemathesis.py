"""Schemathesis, run from spec/puffle.yaml against the mock server with every check it has.

Schemathesis generates valid and invalid requests for all 88 operations (examples, coverage, fuzzing and
stateful phases) and checks each response: status codes and bodies must match the spec, invalid data must be
rejected and valid data accepted, every operation must enforce its security scheme, undeclared methods must
get 405 with ``Allow``, deleted resources must be gone and created ones reachable. No check is excluded: the
mock satisfies all of them. ``PUFFLE_CONTRACT_DEEP=1`` (``make contract``) raises the example count.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.support.mock_server import running_mock

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "puffle.yaml"
CONFIG = Path(__file__).with_name("schemathesis.toml")
DEEP = os.environ.get("PUFFLE_CONTRACT_DEEP") == "1"
MAX_EXAMPLES = 300 if DEEP else 60
SEED = 20260501
MISSING_DATA_CEILING = 12


def test_schemathesis_finds_no_failure(tmp_path: Path) -> None:
    # One worker: Schemathesis' generators call ast.parse, which CPython 3.11 cannot run on two threads at once
    # (a sporadic "AST constructor recursion depth mismatch"); on 2 cores a second worker gains little anyway.
    # Schemathesis checks every response against the spec itself, so the server need not (validate=False).
    with running_mock("--session-token", "sess_contract", validate=False) as mock:
        command = [
            sys.executable,
            "-c",
            "import sys; from schemathesis.cli import schemathesis; sys.exit(schemathesis())",
            "--config-file",
            str(CONFIG),
            "run",
            str(SPEC),
            "--url",
            mock.url,
            "--checks",
            "all",
            "--max-examples",
            str(MAX_EXAMPLES),
            "--seed",
            str(SEED),
            "--workers",
            "1",
            "--generation-database",
            "none",
            "--no-color",
        ]
        # Run from a scratch directory: Schemathesis and Hypothesis keep caches in the working directory.
        result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=1800, check=False)
        stats = mock.stats()
    report = result.stdout[-20000:] + result.stderr[-5000:]
    assert result.returncode == 0, report
    assert "88/88" in result.stdout, report
    assert len(stats["operations"]) == 88, "every operation was exercised"
    # The stateful phase follows the spec's response links to real ids; an operation it can only reach with
    # invented ids answers 404 every time and is reported as missing test data. The goal is none; this ceiling
    # (measured with the links of this commit: 11 in this pass, 12 in the deep one) keeps it from growing.
    missing = re.search(r"Missing test data: (\d+) operation", result.stdout)
    assert missing is None or int(missing.group(1)) <= MISSING_DATA_CEILING, report
