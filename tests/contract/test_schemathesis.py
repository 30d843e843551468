"""Schemathesis, run from spec/puffle.yaml against the mock server with every check it has.

Schemathesis generates valid and invalid requests for every operation and checks each response: status codes
and bodies must match the spec, invalid data must be rejected and valid data accepted, every operation must
enforce its security scheme, undeclared methods must get 405 with ``Allow``, deleted resources must be gone and
created ones reachable. Two runs share one mock server (``schemathesis_run.py``):

1. the unit phases (examples, coverage, fuzzing), every operation on its own;
2. the stateful phase, scenarios that follow the spec's response links, so that operations needing ids that only
   another response shows (a campaign's sequence node, an enrichment run) are called with real ones. Each
   scenario starts from the mock's seeded data, and list calls feeding links carry no filters
   (``stateful_hooks.py``).

The mock counts every answer per operation and status. The test asserts, besides no failure and no warning,
that every operation of the spec answered 2xx at least once: no operation is only ever refused.
``PUFFLE_CONTRACT_DEEP=1`` (``make contract``) raises the example counts.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.contract.calls import SPEC
from tests.contract.schemathesis_run import (
    UNIT_PHASES,
    Run,
    body_linked_targets,
    body_scoped_deletes,
    report,
    run_schemathesis,
)
from tests.support.mock_server import running_mock

DEEP = os.environ.get("PUFFLE_CONTRACT_DEEP") == "1"
UNIT = Run("unit", UNIT_PHASES, max_examples=300 if DEEP else 60, hooks=False)
# Examples of the stateful phase are scenarios of up to `max-steps` calls (schemathesis.toml).
STATEFUL = Run("stateful", "stateful", max_examples=300 if DEEP else 150, hooks=True)


def test_body_scoped_deletes_are_found() -> None:
    found = body_scoped_deletes(SPEC.document)
    assert "/api/lists/{id}/leads" in found and "listListLeads" in found["/api/lists/{id}/leads"]
    assert all(ids for ids in found.values())


def test_body_linked_targets_are_found() -> None:
    # createList links to importListLeads with the new id in `listId`, a body field; importListLeads has no
    # parameter. listListLeads has the List id in its path, so Schemathesis' check does its job there.
    found = body_linked_targets(SPEC.document)
    assert "importListLeads" in found
    assert "listListLeads" not in found


def test_schemathesis_finds_no_failure(tmp_path: Path) -> None:
    # Schemathesis checks every response against the spec itself, so the server need not (validate=False).
    with running_mock("--session-token", "sess_contract", validate=False) as mock:
        unit = run_schemathesis(tmp_path, SPEC.document, UNIT, mock.url)
        stateful = run_schemathesis(tmp_path, SPEC.document, STATEFUL, mock.url)
        stats = mock.stats()
    assert unit.returncode == 0, report(unit)
    assert stateful.returncode == 0, report(stateful)
    total = len(SPEC.operations)
    assert f"{total}/{total}" in unit.stdout, report(unit)
    assert len(stats["operations"]) == total, "every operation was exercised"
    never_served = {
        op.record.operation_id: stats["statuses"].get(op.record.operation_id, {})
        for op in SPEC.operations
        if not any(status.startswith("2") for status in stats["statuses"].get(op.record.operation_id, {}))
    }
    assert never_served == {}, f"operations that never answered 2xx (statuses seen): {never_served}"
