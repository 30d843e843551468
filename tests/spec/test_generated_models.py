"""Generated code against the spec: every 2xx example parses, round-trips its keys, and stays forward compatible."""

from __future__ import annotations

import importlib
import json
from typing import Any

import httpx
import pytest

from puffle_client._operations import OPERATIONS
from puffle_client.types import Unset
from tests.spec.conftest import response_examples

SUCCESS_EXAMPLES = [e for e in response_examples() if e[1].startswith("2")]


def parse(op_id: str, status: str, value: Any) -> Any:
    module = importlib.import_module(OPERATIONS[op_id]["module"])
    response = httpx.Response(int(status), json=value)
    return module._parse_response(client=None, response=response)


def missing_keys(given: Any, produced: Any, path: str = "") -> list[str]:
    """Keys present in ``given`` but absent from ``produced``, recursively through objects and lists."""
    out: list[str] = []
    if isinstance(given, dict) and isinstance(produced, dict):
        for k, v in given.items():
            if k not in produced:
                out.append(f"{path}/{k}")
            else:
                out.extend(missing_keys(v, produced[k], f"{path}/{k}"))
    elif isinstance(given, list) and isinstance(produced, list):
        for i, (a, b) in enumerate(zip(given, produced, strict=False)):
            out.extend(missing_keys(a, b, f"{path}/{i}"))
    return out


@pytest.mark.parametrize(
    ("op_id", "status", "name", "schema", "value"),
    SUCCESS_EXAMPLES,
    ids=[f"{e[0]}:{e[1]}:{e[2]}" for e in SUCCESS_EXAMPLES],
)
def test_success_example_parses_and_round_trips(op_id: str, status: str, name: str, schema: Any, value: Any) -> None:
    parsed = parse(op_id, status, value)
    if isinstance(value, dict):
        assert hasattr(parsed, "to_dict"), f"{op_id} {status} did not parse into a model"
        out = parsed.to_dict()
        assert missing_keys(value, out) == []
        assert json.loads(json.dumps(out)) == out  # plain JSON data


def test_every_operation_has_a_success_example() -> None:
    assert {e[0] for e in SUCCESS_EXAMPLES} == set(OPERATIONS)


def test_unknown_enum_value_and_unknown_field_are_kept() -> None:
    from puffle_client.models import Thread, ThreadChannel

    thread = Thread.from_dict(
        {"id": "3c90c3cc-0d44-4b50-8888-8dd25736052a", "channel": "carrier_pigeon", "brandNewField": {"x": 1}}
    )
    assert isinstance(thread.channel, ThreadChannel)
    assert thread.channel == "carrier_pigeon" and str(thread.channel) == "carrier_pigeon"
    assert thread.channel.is_known is False
    assert ThreadChannel("email").is_known is True
    assert thread.additional_properties["brandNewField"] == {"x": 1}
    out = thread.to_dict()
    assert out["channel"] == "carrier_pigeon" and out["brandNewField"] == {"x": 1}


def test_unset_is_distinct_from_null_in_request_models() -> None:
    from puffle_client.models import AccountUpdate

    update = AccountUpdate.from_dict({"lastName": None})
    assert update.last_name is None
    assert isinstance(update.first_name, Unset)
    assert "firstName" not in update.to_dict() and update.to_dict()["lastName"] is None


def test_response_only_models_default_omitted_fields_to_none() -> None:
    from puffle_client.models import Thread

    thread = Thread.from_dict({"id": "3c90c3cc-0d44-4b50-8888-8dd25736052a", "draft_subject": None})
    assert thread.draft_subject is None and thread.status is None
    assert thread.to_dict()["draft_subject"] is None


def test_operation_metadata_is_plain_data() -> None:
    for op_id, entry in OPERATIONS.items():
        module = importlib.import_module(entry["module"])
        meta = module.PUFFLE_OPERATION
        assert meta["operation_id"] == op_id
        assert (meta["method"], meta["path"]) == (entry["method"], entry["path"])
        json.dumps(meta)  # data only: no callables, no classes


def test_metadata_carries_every_extension_verbatim() -> None:
    from tests.spec.conftest import operations

    for _, _, op in operations():
        module = importlib.import_module(OPERATIONS[op["operationId"]]["module"])
        raw = {k: v for k, v in op.items() if k.startswith("x-puffle-")}
        assert module.PUFFLE_OPERATION["extensions"] == raw
