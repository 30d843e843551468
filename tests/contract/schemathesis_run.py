"""How the contract test runs Schemathesis: its configuration, drawn from ``schemathesis.toml`` and the spec, and
the two invocations (unit phases, then the stateful phase) against one mock server.

Two invocations rather than one, because the stateful phase needs something the unit phases must not have: a
mock that starts every scenario from its seeded data and list calls without filters (``stateful_hooks.py``
says why). The unit phases go first and keep every generated filter and the server's state as it evolves.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from schemathesis.config._warnings import DEFAULT_DISPLAYED_WARNINGS

from puffle._vocabulary import iter_operations

ROOT = Path(__file__).resolve().parents[2]
SPEC_FILE = ROOT / "spec" / "puffle.yaml"
BASE_CONFIG = Path(__file__).with_name("schemathesis.toml")
HOOKS = Path(__file__).with_name("stateful_hooks.py")
SEED = 20260501
UNIT_PHASES = "examples,coverage,fuzzing"


@dataclass(frozen=True)
class Run:
    """One Schemathesis invocation: which phases, how many examples, and its own warning settings."""

    name: str
    phases: str
    max_examples: int
    hooks: bool


def body_scoped_deletes(document: Mapping[str, Any]) -> dict[str, list[str]]:
    """Path -> the other operationIds on a path whose DELETE names what it removes in its request body."""
    operations = list(iter_operations(document))
    scoped = {path for method, path, op, _ in operations if method == "delete" and "requestBody" in op}
    found: dict[str, list[str]] = {path: [] for path in scoped}
    for method, path, op, _ in operations:
        if path in scoped and method != "delete":
            found[path].append(str(op["operationId"]))
    return found


def body_linked_targets(document: Mapping[str, Any]) -> list[str]:
    """operationIds that a POST links to under its own path with the new id in the request body only.

    Schemathesis' "created resource not found" check (ST302) fires on a 404 right after a create when every
    *parameter* of the follow-up came from the link. An operation with no parameters passes that test vacuously,
    though its id travels in the body, where Schemathesis may leave a link's value out on purpose (it explores).
    ``createList -> importListLeads`` then posts the example ``listId: "<string>"``, gets the documented 404,
    and is reported as the new List not being found.
    """
    operations = {str(op["operationId"]): (path, op, shared) for _, path, op, shared in iter_operations(document)}
    found: set[str] = set()
    for method, path, op, _ in iter_operations(document):
        if method != "post":
            continue
        for response in (op.get("responses") or {}).values():
            for link in (response.get("links") or {}).values():
                target_path, target, shared = operations[str(link["operationId"])]
                under = target_path == path or target_path.startswith(path.rstrip("/") + "/")
                if "requestBody" in link and under and not (target.get("parameters") or shared):
                    found.add(str(link["operationId"]))
    return sorted(found)


def _operation_entries(document: Mapping[str, Any]) -> list[str]:
    """The per-operation check settings the spec implies (the reasons are on the two functions above)."""
    entries = [
        f'[[operations]]\ninclude-operation-id = "{operation_id}"\nchecks.use_after_free.enabled = false\n'
        for operation_ids in body_scoped_deletes(document).values()
        for operation_id in operation_ids
    ]
    entries += [
        f'[[operations]]\ninclude-operation-id = "{operation_id}"\n'
        "checks.ensure_resource_availability.enabled = false\n"
        for operation_id in body_linked_targets(document)
    ]
    return entries


def _warnings(run: Run) -> str:
    """Every warning Schemathesis shows by default fails the run, except "missing test data" in the unit run.

    The unit phases cannot know ids that only a linked response shows (a run of an enrichment, a node of a
    campaign's sequence), so that warning is certain there and says nothing. The test asserts the stronger fact
    instead: every operation answered 2xx at least once over both runs, counted by the mock.
    """
    # The opt-in ones stay off: "low valid-input rate" counts the coverage phase's deliberate near-misses.
    hidden = {"missing_test_data"} if run.phases == UNIT_PHASES else set()
    shown = [w.value for w in DEFAULT_DISPLAYED_WARNINGS if w.value not in hidden]
    return "[warnings]\ndisplay = [" + ", ".join(f'"{w}"' for w in shown) + "]\nfail-on = true\n"


def config_file(directory: Path, document: Mapping[str, Any], run: Run) -> Path:
    """schemathesis.toml, then the run's warning settings, then the per-operation check settings."""
    parts = [BASE_CONFIG.read_text(encoding="utf-8"), _warnings(run), *_operation_entries(document)]
    target = directory / f"schemathesis-{run.name}.toml"
    target.write_text("\n".join(parts), encoding="utf-8")
    return target


def run_schemathesis(
    directory: Path, document: Mapping[str, Any], run: Run, url: str
) -> subprocess.CompletedProcess[str]:
    """One Schemathesis CLI run against ``url``; its output is in the result, its exit code is not checked here."""
    # One worker: Schemathesis' generators call ast.parse, which CPython 3.11 cannot run on two threads at once
    # (a sporadic "AST constructor recursion depth mismatch"); on 2 cores a second worker gains little anyway.
    command = [
        sys.executable,
        "-c",
        "import sys; from schemathesis.cli import schemathesis; sys.exit(schemathesis())",
        "--config-file",
        str(config_file(directory, document, run)),
        "run",
        str(SPEC_FILE),
        "--url",
        url,
        "--phases",
        run.phases,
        "--max-examples",
        str(run.max_examples),
        "--seed",
        str(SEED),
        "--workers",
        "1",
        "--generation-database",
        "none",
        "--no-color",
    ]
    env = dict(os.environ)
    env.pop("SCHEMATHESIS_HOOKS", None)
    if run.hooks:
        env.update(SCHEMATHESIS_HOOKS=str(HOOKS), PUFFLE_CONTRACT_MOCK_URL=url)
    # Run from a scratch directory: Schemathesis and Hypothesis keep caches in the working directory.
    return subprocess.run(command, capture_output=True, text=True, cwd=directory, env=env, timeout=1800, check=False)


def report(result: subprocess.CompletedProcess[str]) -> str:
    """The end of a run's output, for an assertion message."""
    return result.stdout[-20000:] + result.stderr[-5000:]
