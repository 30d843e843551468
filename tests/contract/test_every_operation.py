"""Every operation, called once through the generated package with a `puffle.Puffle` client against the mock.

Arguments are built from the spec alone (see `tests.contract.calls`): path ids from seeded items, bodies from
the spec's request examples with their ids swapped for seeded ones. Operations run in spec order, so an item
one call needs (an enrichment run to cancel, a lead search to read) was started by an earlier call. The server
runs with ``--validate-responses``, and each body is validated here too.
"""

from __future__ import annotations

import json

from puffle_client._operations import OPERATIONS
from tests.contract.calls import SPEC, Planner, call_arguments, module_of
from tests.support.mock_server import client_for, running_mock


def test_the_operation_index_matches_the_spec() -> None:
    assert sorted(OPERATIONS) == sorted(op.operation_id for op in SPEC.operations)
    assert len(OPERATIONS) == 88


def test_every_operation_returns_a_parsed_response() -> None:
    failures: list[str] = []
    with running_mock() as mock, client_for(mock) as client:
        planner = Planner(mock.url)
        for op in SPEC.operations:
            try:
                kwargs = call_arguments(planner.plan(op))
                response = module_of(op.operation_id).sync_detailed(client=client, **kwargs)
            except Exception as exc:  # collect every failure and report them together
                failures.append(f"{op.operation_id}: {type(exc).__name__}: {exc}")
                continue
            if response.parsed is None or not 200 <= response.status_code < 300:
                failures.append(f"{op.operation_id}: status {response.status_code}, parsed {response.parsed!r}")
                continue
            body = json.loads(response.content)
            problems = [e.message for e in SPEC.schemas.errors(body, op.response_schema(response.status_code) or {})]
            if problems:
                failures.append(f"{op.operation_id}: response does not match the spec: {problems[:3]}")
        assert mock.stats()["operations"].keys() == OPERATIONS.keys()
    assert not failures, "\n".join(failures)
