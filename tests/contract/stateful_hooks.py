"""Schemathesis hooks file for the contract test's stateful run (loaded by Schemathesis via ``SCHEMATHESIS_HOOKS``).

The stateful phase exists to reach the operations that need real ids: it follows the spec's response links, so
a step can only act on an item an earlier step's response showed. Two things get in its way, and this file
removes both; neither changes what is checked, only which server state and which list calls a scenario sees.

1. **Every scenario starts from the mock's seeded data.** Hypothesis replays a scenario (to pick the next one,
   or to shrink) and demands that the same choices draw the same steps. A step's choices depend on the responses
   before it (which links have ids to follow), so a mock whose state has moved on since the recorded run makes
   the replay inconsistent, and Schemathesis ends the whole phase there, after a handful of scenarios.
   ``POST /__mock/reset?keep=stats`` restores the seeded data and keeps the request and status counts, which the
   test asserts on. Schemathesis has no per-scenario hook, so this wraps the constructor of its state machine,
   which it builds once per scenario; the version check makes an upgrade that moves it fail loudly.
2. **List calls that feed links carry no filters.** The mock applies every documented filter, so a list call
   with generated filter values (``q=\\x07``, ``id=<string>``) or a made-up cursor usually answers an empty
   page, and the links from it have no item to follow. Here the query of a list operation drops its filter and
   cursor parameters, as the spec's own vocabulary declares them. The unit phases, run separately, still send
   every filter with every kind of value.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx
import schemathesis
import yaml
from schemathesis.generation.stateful.state_machine import APIStateMachine

from puffle._vocabulary import read_operations

TESTED_WITH = "4.32.5"
if schemathesis.__version__ != TESTED_WITH:
    raise RuntimeError(f"stateful_hooks.py wraps Schemathesis {TESTED_WITH} internals, not {schemathesis.__version__}")

MOCK_URL = os.environ["PUFFLE_CONTRACT_MOCK_URL"]
SPEC_FILE = Path(__file__).resolve().parents[2] / "spec" / "puffle.yaml"


def narrowing_parameters(document: dict[str, Any]) -> dict[tuple[str, str], frozenset[str]]:
    """(METHOD, path) -> the query parameters that narrow a list: the mock's filters and the page position."""
    found: dict[tuple[str, str], frozenset[str]] = {}
    for record in read_operations(document).values():
        names = {f.param for f in record.mock.filters} if record.mock is not None else set()
        page = record.pagination
        if page is not None:
            names |= {name for name in (page.cursor_param, page.page_param, page.offset_param) if name}
        if names:
            found[(record.method.upper(), record.path)] = frozenset(names)
    return found


NARROWING = narrowing_parameters(yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8")))
_build_state_machine = APIStateMachine.__init__


def _reset_then_build(self: APIStateMachine) -> None:
    httpx.post(f"{MOCK_URL}/__mock/reset", params={"keep": "stats"}, timeout=30).raise_for_status()
    _build_state_machine(self)


APIStateMachine.__init__ = _reset_then_build  # type: ignore[method-assign]


@schemathesis.hook
def map_query(context: schemathesis.HookContext, query: dict[str, Any] | None) -> dict[str, Any] | None:
    operation = context.operation
    if query is None or operation is None:
        return query
    narrowing = NARROWING.get((operation.method.upper(), operation.path))
    if not narrowing:
        return query
    return {name: value for name, value in query.items() if name not in narrowing}
