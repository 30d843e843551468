"""repr, equality, to_json, pickle and deepcopy of generated models; UNSET stays one object."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

from puffle_client.models import LeadInput, Signal, Thread
from puffle_client.types import UNSET, Unset
from tests.spec.conftest import response_examples

ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
SIGNAL = {"id": ID, "score": 3, "title": "Hiring a VP Sales", "createdAt": "2026-11-02T10:00:00Z", "url": None}


def test_repr_leaves_out_none_unset_and_empty_extras() -> None:
    text = repr(Signal.from_dict(SIGNAL))
    assert text.startswith("Signal(") and f"id='{ID}'" in text and "score=3" in text
    assert "None" not in text and "additional_properties" not in text and "url" not in text
    request = LeadInput.from_dict({"title": "CTO"})
    assert repr(request) == "LeadInput(title='CTO')"
    assert "UNSET" not in repr(request)


def test_repr_shows_extra_fields_when_there_are_some() -> None:
    text = repr(Signal.from_dict({**SIGNAL, "brandNew": 1}))
    assert "additional_properties={'brandNew': 1}" in text


def test_equality() -> None:
    assert Signal.from_dict(SIGNAL) == Signal.from_dict(dict(SIGNAL))
    assert Signal.from_dict(SIGNAL) != Signal.from_dict({**SIGNAL, "score": 2})
    assert Signal.from_dict(SIGNAL) != Signal.from_dict({**SIGNAL, "brandNew": 1})


def test_to_json_is_the_to_dict_data() -> None:
    signal = Signal.from_dict(SIGNAL)
    assert json.loads(signal.to_json()) == signal.to_dict()
    assert json.loads(signal.to_json())["createdAt"].startswith("2026-11-02T10:00:00")
    assert "\n" in signal.to_json(indent=2)


def test_unset_is_a_singleton_through_pickle_copy_and_deepcopy() -> None:
    assert Unset() is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert copy.copy(UNSET) is UNSET and copy.deepcopy(UNSET) is UNSET
    assert not UNSET and repr(UNSET) == "UNSET"


def test_a_pickled_request_body_still_leaves_unset_fields_out() -> None:
    body = LeadInput.from_dict({"name": {"full": "Ada Lovelace"}, "title": "CTO"})
    for restored in (pickle.loads(pickle.dumps(body)), copy.deepcopy(body), copy.copy(body)):
        assert restored == body
        assert restored.domain is UNSET
        assert json.loads(json.dumps(restored.to_dict())) == body.to_dict()  # plain JSON, no Unset inside


def _every_parsed_example() -> list[Any]:
    import importlib

    import httpx

    from puffle_client._operations import OPERATIONS

    out = []
    for op_id, status, _, _, value in response_examples():
        if status.startswith("2") and isinstance(value, dict):
            module = importlib.import_module(OPERATIONS[op_id]["module"])
            out.append(module._parse_response(client=None, response=httpx.Response(int(status), json=value)))
    return out


def test_every_example_response_survives_pickle_and_deepcopy() -> None:
    parsed = _every_parsed_example()
    assert parsed
    for model in parsed:
        for restored in (pickle.loads(pickle.dumps(model)), copy.deepcopy(model)):
            assert restored == model and restored is not model
            assert restored.to_dict() == model.to_dict()
            assert repr(restored) == repr(model)


def test_thread_models_compare_by_value_after_round_trip() -> None:
    thread = Thread.from_dict({"id": ID, "channel": "email", "unread_count": 2})
    assert Thread.from_dict(thread.to_dict()) == thread


def test_repr_never_shows_a_secret() -> None:
    from puffle_client.models import CreatedApiKey

    created = CreatedApiKey.from_dict({"api_key": "pk_live_0123456789abcdef_SECRET", "prefix": "pk_live_0123"})
    assert "SECRET" not in repr(created) and "api_key='<redacted>'" in repr(created)
    assert created.api_key.endswith("SECRET")  # the value itself is there for the caller
