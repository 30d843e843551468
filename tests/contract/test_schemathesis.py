"""Schemathesis, run from spec/puffle.yaml against the mock server with every check it has.

Schemathesis generates valid and invalid requests for every operation (examples, coverage, fuzzing and
stateful phases) and checks each response: status codes and bodies must match the spec, invalid data must be
rejected and valid data accepted, every operation must enforce its security scheme, undeclared methods must
get 405 with ``Allow``, deleted resources must be gone and created ones reachable. One check is switched off,
for the operations found from the spec that share a path with a DELETE naming what it removes in its body
(``removeListLeads`` removes the Leads in ``leadIds`` from the List, which stays): use-after-free, which would read
any later 2xx on that path as a deleted resource still served. The stateful phase follows the spec's declared
links only (see ``schemathesis.toml``). ``PUFFLE_CONTRACT_DEEP=1`` (``make contract``) raises the example count.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from puffle._vocabulary import iter_operations
from tests.contract.calls import SPEC
from tests.support.mock_server import running_mock

ROOT = Path(__file__).resolve().parents[2]
SPEC_FILE = ROOT / "spec" / "puffle.yaml"
CONFIG = Path(__file__).with_name("schemathesis.toml")
DEEP = os.environ.get("PUFFLE_CONTRACT_DEEP") == "1"
MAX_EXAMPLES = 300 if DEEP else 60
SEED = 20260501
# Operations Schemathesis may report as "Missing test data" (only ever 404). The goal is none; see the assertion.
MISSING_DATA_CEILING = 10


def body_scoped_deletes() -> dict[str, list[str]]:
    """Path -> the other operationIds on a path whose DELETE names what it removes in its request body."""
    operations = list(iter_operations(SPEC.document))
    scoped = {path for method, path, op, _ in operations if method == "delete" and "requestBody" in op}
    found: dict[str, list[str]] = {path: [] for path in scoped}
    for method, path, op, _ in operations:
        if path in scoped and method != "delete":
            found[path].append(str(op["operationId"]))
    return found


def config_file(tmp_path: Path) -> Path:
    """schemathesis.toml plus the per-operation check settings the spec implies (see the note at its end)."""
    entries = [
        f'[[operations]]\ninclude-operation-id = "{operation_id}"\nchecks.use_after_free.enabled = false\n'
        for operation_ids in body_scoped_deletes().values()
        for operation_id in operation_ids
    ]
    target = tmp_path / "schemathesis.toml"
    target.write_text(CONFIG.read_text(encoding="utf-8") + "\n" + "\n".join(entries), encoding="utf-8")
    return target


def test_body_scoped_deletes_are_found() -> None:
    found = body_scoped_deletes()
    assert "/api/lists/{id}/leads" in found and "listListLeads" in found["/api/lists/{id}/leads"]
    assert all(ids for ids in found.values())


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
            str(config_file(tmp_path)),
            "run",
            str(SPEC_FILE),
            "--url",
            mock.url,
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
    total = len(SPEC.operations)
    assert f"{total}/{total}" in result.stdout, report
    assert len(stats["operations"]) == total, "every operation was exercised"
    # An operation that only ever answers 404 was never given a real id. The unit phases draw path ids from the
    # items earlier responses showed, but not ids that must belong together (a campaign and one of its leads, a
    # List and a Lead); those come from the stateful phase, which follows the spec's response links. Schemathesis
    # ends that phase at Hypothesis' first inconsistent replay of a scenario (the mock's state has moved on since
    # the recorded run), after some 20-60 scenarios, so chains of three links (list -> list of children -> update
    # one) are not always walked to the end. Measured with this commit's links and config: 8 operations in this
    # pass, 10 in the deep one (12 before). The ceiling keeps the number from growing; it is not the goal.
    missing = re.search(r"Missing test data: (\d+) operation", result.stdout)
    assert missing is None or int(missing.group(1)) <= MISSING_DATA_CEILING, report
