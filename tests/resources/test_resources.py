"""The generated resource tree: one method per operation, named by the spec, routed to its endpoint module."""

from __future__ import annotations

import csv
import importlib
import inspect
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import puffle

ROOT = Path(__file__).resolve().parents[2]
OPERATIONS = list(csv.DictReader((ROOT / "tests/data/operations.tsv").open(encoding="utf-8"), delimiter="\t"))
SPEC = yaml.safe_load((ROOT / "spec/puffle.yaml").read_text(encoding="utf-8"))


def sdk_names() -> dict[str, str]:
    """operationId -> ``x-puffle-names.sdk``, from the spec."""
    return {
        op["operationId"]: op["x-puffle-names"]["sdk"]
        for item in SPEC["paths"].values()
        for method, op in item.items()
        if method in ("get", "put", "post", "patch", "delete")
    }


def methods(node: object, path: tuple[str, ...] = ()) -> Iterator[tuple[str, Any]]:
    """Every public method of a resource object and its sub-resources, by dotted name."""
    for name, attr in inspect.getmembers(type(node)):
        if name.startswith("_"):
            continue
        if isinstance(attr, property):
            yield from methods(getattr(node, name), (*path, name))
        elif callable(attr):
            yield ".".join((*path, name)), getattr(node, name)


def endpoint_of(method: Any) -> Any:
    """The generated endpoint module a resource method calls (found in its code, not in a table)."""
    func = inspect.unwrap(method)
    modules = [func.__globals__[n] for n in func.__code__.co_names if n in func.__globals__]
    found = [m for m in modules if hasattr(m, "PUFFLE_OPERATION")]
    assert len(found) == 1, (method, found)
    return found[0]


@pytest.fixture(scope="module")
def tree() -> dict[str, Any]:
    client = puffle.Puffle(api_key="pk_test_tree", base_url="http://127.0.0.1:9")
    found = {name: m for top in client._resource_names() for name, m in methods(getattr(client, top), (top,))}
    return found


def test_every_operation_has_exactly_one_method(tree: dict[str, Any]) -> None:
    names = sdk_names()
    assert len(names) == len(OPERATIONS)
    assert sorted(tree) == sorted(names.values())  # no extra method, none missing
    assert len(set(names.values())) == len(names)  # unique


def test_each_method_routes_to_its_operation(tree: dict[str, Any]) -> None:
    for operation_id, sdk in sdk_names().items():
        assert endpoint_of(tree[sdk]).PUFFLE_OPERATION["operation_id"] == operation_id, sdk


def test_async_and_raw_trees_have_the_same_names(tree: dict[str, Any]) -> None:
    aclient = puffle.AsyncPuffle(api_key="pk_test_tree", base_url="http://127.0.0.1:9")
    client = puffle.Puffle(api_key="pk_test_tree", base_url="http://127.0.0.1:9")
    for root in (aclient, client.with_raw_response, aclient.with_raw_response):
        names = {name for top in client._resource_names() for name, _ in methods(getattr(root, top), (top,))}
        assert names == set(tree)


def test_list_methods_page_and_task_methods_return_handles() -> None:
    by_sdk = {op["operationId"]: op for op in OPERATIONS}
    client = puffle.Puffle(api_key="pk_test_tree", base_url="http://127.0.0.1:9")
    for operation_id, sdk in sdk_names().items():
        node: Any = client
        for part in sdk.split("."):
            node = getattr(node, part)
        returns = str(inspect.signature(inspect.unwrap(node)).return_annotation)
        paged = by_sdk[operation_id]["pagination"] != "-"
        assert returns.startswith("SyncPage[") == paged, (sdk, returns)


def test_resources_are_lazy_and_per_client() -> None:
    client = puffle.Puffle(api_key="pk_test_tree", base_url="http://127.0.0.1:9")
    assert client.lists is client.lists
    assert client.lists.leads is client.lists.leads
    other = client.with_options(max_retries=0)
    assert other.lists is not client.lists
    assert other.lists._client is other


def test_import_puffle_imports_no_endpoint_module() -> None:
    code = (
        "import sys, puffle; c = puffle.Puffle(api_key='pk_x', base_url='http://127.0.0.1:9');"
        "print(sorted(m for m in sys.modules if m.startswith('puffle_client.api.') and m.count('.') == 3))"
        ";c.leads;"
        "print(sorted(m for m in sys.modules if m.startswith('puffle_client.api.') and m.count('.') == 3))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    before, after = out.stdout.splitlines()
    assert before == "[]"
    assert "puffle_client.api.leads.create_lead" in after
    assert "signals" not in after


def test_module_functions_stay_importable() -> None:
    for op in OPERATIONS[:5]:
        module = importlib.import_module(op.get("module") or endpoint_module(op["operationId"]))
        assert callable(module.sync)


def endpoint_module(operation_id: str) -> str:
    from puffle_client._operations import OPERATIONS as INDEX

    return INDEX[operation_id]["module"]


def test_every_operation_carries_its_names_record() -> None:
    from puffle_client._operations import OPERATIONS as INDEX

    names = sdk_names()
    for operation_id, entry in INDEX.items():
        record = importlib.import_module(entry["module"]).PUFFLE_OPERATION["names"]
        assert record["sdk"] == names[operation_id]
        assert ".".join([*record["resource"], record["method"]]) == record["sdk"]
        assert record["cli"] is None or all(isinstance(word, str) for word in record["cli"])


@pytest.mark.parametrize("bad", [None, "leads", "Leads.create", "leads.create-now", "leads..create"])
def test_bad_sdk_names_are_spec_errors(bad: object) -> None:
    from puffle._vocabulary import VocabularyError, _names

    with pytest.raises(VocabularyError, match=r"x-puffle-names\.sdk"):
        _names("x", {"sdk": bad, "cli": None})
    names = _names("x", {"sdk": "lists.leads.add", "cli": "list lead add"})
    assert names is not None
    assert names.as_dict() == {
        "sdk": "lists.leads.add",
        "resource": ["lists", "leads"],
        "method": "add",
        "cli": ["list", "lead", "add"],
    }
