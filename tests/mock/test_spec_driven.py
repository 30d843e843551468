"""The mock is a function of the spec: its extensions are checked, its data validates, a changed spec changes it."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from puffle._vocabulary import MOCK_ACTIONS
from puffle.mock import MockConfig, MockServer, MockSpec, SpecError, serve_in_thread
from puffle.mock.spec import load_document

SMALL = {"signals": 30, "leads": 40, "messages": 30, "campaignLeads": 30, "signalLeads": 10}


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return load_document()


def test_every_operation_declares_a_known_action(document: dict[str, Any]) -> None:
    operations = [op for item in document["paths"].values() for op in item.values() if "operationId" in op]
    assert len(operations) == 88
    assert {op["x-puffle-mock"]["action"] for op in operations} <= set(MOCK_ACTIONS)
    assert "`x-puffle-mock` (operation)" in document["info"]["description"]


def test_every_seeded_item_and_singleton_matches_its_schema() -> None:
    server = MockServer(MockConfig(seed=5))
    schemas = server.spec.schemas
    for name, collection in server.store.collections.items():
        schema = server.spec.resources[name].schema
        for entry in collection.ordered():
            rendered = server.store.render(name, entry)
            assert schemas.first_error(rendered, schema) is None, (name, rendered)
    for name, state in server.store.singletons.items():
        assert schemas.first_error(state, server.spec.resources[name].schema) is None, name
    sizes = {name: len(c) for name, c in server.store.collections.items()}
    assert sizes["signals"] == 2000 and sizes["leads"] == 1000 and sizes["campaigns"] == 20
    assert sizes["threads"] == 200 and sizes["messages"] > sizes["threads"]


def test_the_same_seed_gives_the_same_data() -> None:
    def snapshot(seed: int) -> list[dict[str, Any]]:
        server = MockServer(MockConfig(seed=seed, sizes=SMALL))
        return [e.data for e in server.store.collection("signals").ordered()]

    assert snapshot(11) == snapshot(11)
    assert snapshot(11) != snapshot(12)


def _with_changes(document: dict[str, Any], tmp_path: Path) -> Path:
    changed = copy.deepcopy(document)
    signals = changed["paths"]["/api/signals"]["get"]
    signals["x-puffle-mock"]["seed"] = 7
    threads = changed["paths"]["/api/threads"]["get"]
    limit = next(p for p in threads["parameters"] if p["name"] == "limit")
    limit["schema"]["maximum"] = 5
    limit["schema"]["default"] = 3
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(changed), encoding="utf-8")
    return path


def test_a_changed_spec_changes_the_server(document: dict[str, Any], tmp_path: Path) -> None:
    sizes = {k: v for k, v in SMALL.items() if k != "signals"}
    with serve_in_thread(MockConfig(spec_path=str(_with_changes(document, tmp_path)), sizes=sizes)) as server:
        client = httpx.Client(base_url=server.url, headers={"Authorization": "Bearer pk_spec"})
        assert server.server.spec.resources["signals"].seed == 7
        assert len(client.get("/api/signals", params={"limit": 100}).json()["signals"]) == 7
        page = client.get("/api/threads").json()
        assert (len(page["threads"]), page["limit"]) == (3, 3)
        assert client.get("/api/threads", params={"limit": 6}).status_code == 400


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"action": "teleport"}, "needs an action"),
        ({"action": "list", "resource": "signals", "colour": "red"}, "unknown x-puffle-mock options"),
        ({"action": "list", "resource": "signals", "parent": "galaxies"}, "unknown resource"),
        ({"action": "update"}, "action update needs resource"),
        ({"action": "list", "resource": "signals", "set": {"a": 1}}, r"unknown x-puffle-mock options \['set'\]"),
        ({"action": "list", "resource": "signals", "filters": {"colour": {"field": "x"}}}, "not a query parameter"),
    ],
)
def test_inconsistent_extensions_are_refused(document: dict[str, Any], change: dict[str, Any], message: str) -> None:
    broken = copy.deepcopy(document)
    broken["paths"]["/api/signals"]["get"]["x-puffle-mock"] = change
    with pytest.raises(SpecError, match=message):
        MockSpec(broken)


def test_a_task_cannot_start_at_an_outcome(document: dict[str, Any]) -> None:
    """A first step that is blocked (or terminal) would end every client's wait before the task ran."""
    broken = copy.deepcopy(document)
    start = next(
        op
        for item in broken["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and (op.get("x-puffle-task") or {}).get("blocked")
    )
    start["x-puffle-mock"]["progress"] = [start["x-puffle-task"]["blocked"][0], "verifying"]
    with pytest.raises(SpecError, match="outcomes, not progress"):
        MockSpec(broken)
