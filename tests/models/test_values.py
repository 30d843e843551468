"""Values in models: dates and timestamps, open enums, unknown fields, defaults of response-only models,
JSON decoding and unusual success statuses."""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

import puffle_client.models as models
import puffle_client.types as types
from puffle_client.api.signals import list_signals
from puffle_client.errors import ModelDataError
from puffle_client.models import EmailAccountWarmupDay, LeadInput, Signal, Thread, ThreadChannel
from puffle_client.types import UNSET
from tests.spec.conftest import SPEC

ROOT = Path(__file__).resolve().parents[2]
ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"


@pytest.mark.parametrize(
    "text",
    ["2026-01-02T10:00:00Z", "2026-01-02T10:00:00+00:00", "2026-01-02T10:00:00.123456789Z", "2026-01-02 10:00:00 UTC"],
)
def test_timestamps_become_aware_datetimes(text: str) -> None:
    created = Signal.from_dict({"id": ID, "createdAt": text}).created_at
    assert isinstance(created, datetime.datetime)
    assert created.replace(microsecond=0) == datetime.datetime(2026, 1, 2, 10, tzinfo=datetime.UTC)


def test_rfc_2822_timestamp_is_read_by_the_tolerant_fallback() -> None:
    created = Signal.from_dict({"id": ID, "createdAt": "Fri, 02 Jan 2026 10:00:00 GMT"}).created_at
    assert created == datetime.datetime(2026, 1, 2, 10, tzinfo=datetime.UTC)


@pytest.mark.parametrize("text", ["5", "2026", "soon", ""])
def test_a_text_that_is_no_full_timestamp_is_an_error(text: str) -> None:
    with pytest.raises(ModelDataError) as info:
        Signal.from_dict({"id": ID, "createdAt": text})
    assert info.value.field == "createdAt"


def test_date_fields_are_dates_and_round_trip() -> None:
    day = EmailAccountWarmupDay.from_dict({"date": "2026-03-04"})
    assert day.date == datetime.date(2026, 3, 4) and not isinstance(day.date, datetime.datetime)
    assert day.to_dict()["date"] == "2026-03-04"


def _format_fields(fmt: str) -> list[tuple[str, str]]:
    """(component schema, property) for every property the spec declares with ``format: fmt``."""
    out = []
    for name, schema in SPEC["components"]["schemas"].items():
        for prop, sub in (schema.get("properties") or {}).items():
            if isinstance(sub, dict) and sub.get("format") == fmt:
                out.append((name, prop))
    return out


@pytest.mark.parametrize(("fmt", "python"), [("date-time", "datetime.datetime"), ("date", "datetime.date")])
def test_every_spec_timestamp_and_date_is_typed_as_such(fmt: str, python: str) -> None:
    fields = _format_fields(fmt)
    assert fields
    for schema, prop in fields:
        cls = getattr(models, schema)
        source = Path(sys.modules[cls.__module__].__file__ or "").read_text(encoding="utf-8")
        line = next(ln for ln in source.splitlines() if f'= _get("{prop}"' in ln or f'src_dict["{prop}"]' in ln)
        attr = line.split("=", 1)[0].strip()
        annotation = next(a.type for a in cls.__attrs_attrs__ if a.name == attr)
        assert python in str(annotation).split(" | "), (schema, prop, annotation)


def test_open_enums_use_members_and_keep_unknown_values() -> None:
    known = Thread.from_dict({"id": ID, "channel": "email"}).channel
    assert known is ThreadChannel.EMAIL
    unknown = Thread.from_dict({"id": ID, "channel": "carrier_pigeon"}).channel
    assert isinstance(unknown, ThreadChannel) and unknown.is_known is False and str(unknown) == "carrier_pigeon"
    assert Thread.from_dict({"id": ID, "channel": "carrier_pigeon"}).to_dict()["channel"] == "carrier_pigeon"


def test_every_enum_in_the_spec_parses_to_its_open_enum() -> None:
    """Each component property with an `enum` (or a $ref to one) is typed with a generated StrEnum."""
    from enum import Enum

    seen = 0
    for name, schema in SPEC["components"]["schemas"].items():
        cls = getattr(models, name, None)
        if cls is None or "enum" in schema:
            continue
        for prop, sub in (schema.get("properties") or {}).items():
            values = _enum_values(sub)
            if not values:
                continue
            required = {k: _sample(schema["properties"][k]) for k in schema.get("required", [])}
            try:
                parsed = cls.from_dict({**required, prop: values[0]})
            except ModelDataError:
                continue  # a sample for some other required field did not fit; not this test's subject
            found = [getattr(parsed, a.name) for a in cls.__attrs_attrs__]
            assert any(isinstance(v, Enum) and v.value == values[0] for v in found), (name, prop)
            seen += 1
    assert seen > 10


def _enum_values(sub: Any) -> list[Any]:
    if not isinstance(sub, dict):
        return []
    if "$ref" in sub:
        return _enum_values(SPEC["components"]["schemas"][sub["$ref"].rsplit("/", 1)[1]])
    if "enum" in sub:
        return [v for v in sub["enum"] if isinstance(v, str)]
    for alt in sub.get("anyOf", []) + sub.get("oneOf", []):
        values = _enum_values(alt)
        if values:
            return values
    return []


def _sample(sub: Any) -> Any:
    if not isinstance(sub, dict):
        return None
    if "$ref" in sub:
        target = SPEC["components"]["schemas"][sub["$ref"].rsplit("/", 1)[1]]
        return _enum_values(target)[0] if "enum" in target else {}
    kinds = sub.get("type")
    kind = kinds[0] if isinstance(kinds, list) else kinds
    return {"string": ID, "integer": 1, "number": 1.5, "boolean": True, "array": [], "object": {}}.get(kind, ID)


def test_unknown_fields_are_kept_and_sent_back() -> None:
    signal = Signal.from_dict({"id": ID, "brandNewField": {"x": [1]}})
    assert signal.additional_properties == {"brandNewField": {"x": [1]}}
    assert signal["brandNewField"] == {"x": [1]} and signal.to_dict()["brandNewField"] == {"x": [1]}
    assert Signal.from_dict({"id": ID}).additional_properties == {}


def _response_only_schemas() -> list[str]:
    sys.path.insert(0, str(ROOT / "generator"))
    try:
        from generate import generator_input
    finally:
        sys.path.pop(0)
    doc = generator_input(SPEC)
    return [name for name, schema in doc["components"]["schemas"].items() if schema.get("x-puffle-response-only")]


def test_response_only_models_default_omitted_fields_to_none_and_request_models_keep_unset() -> None:
    response_only = set(_response_only_schemas())
    assert "Signal" in response_only and "LeadInput" not in response_only
    checked = 0
    for name, schema in SPEC["components"]["schemas"].items():
        cls = getattr(models, name, None)
        if cls is None or "properties" not in schema:
            continue
        required = set(schema.get("required", []))
        optional = [a for a in cls.__attrs_attrs__ if a.init and a.default is not None and a.name != "type_"]
        defaults = {a.default for a in optional if a.default is None or a.default is UNSET}
        if name in response_only:
            assert UNSET not in defaults and "Unset" not in " ".join(str(a.type) for a in cls.__attrs_attrs__), name
        elif len(schema["properties"]) > len(required):
            assert any(a.default is UNSET for a in cls.__attrs_attrs__), name
        checked += 1
    assert checked > 100
    assert Signal.from_dict({"id": ID}).title is None
    assert LeadInput.from_dict({}).title is UNSET


def test_json_decoding_is_the_same_with_and_without_orjson(monkeypatch: pytest.MonkeyPatch) -> None:
    samples = [
        b'{"a": 1.5, "b": [true, null], "c": "\\u00e9", "d": -0.0, "e": 1e-7}',
        b'{"big": 123456789012345678901234567890, "neg": -9223372036854775809}',
        b'{"n": NaN, "i": Infinity, "huge": 1e400}',
        b'{"dup": 1, "dup": 2}',
        b"[]",
        b"\xef\xbb\xbf{}",  # a UTF-8 BOM: json accepts it, orjson refuses, so json decides
    ]
    fast = [types.json_loads(s) for s in samples]
    monkeypatch.setattr(types, "_fast_loads", None)
    slow = [types.json_loads(s) for s in samples]
    assert repr(fast) == repr(slow) == repr([json.loads(s) for s in samples])
    for bad in (b"{not json", b""):
        with pytest.raises(json.JSONDecodeError):
            types.json_loads(bad)


def test_an_unlisted_success_status_keeps_its_number() -> None:
    body = {"signals": [], "pagination": {"hasMore": False}}
    detailed = list_signals._build_response(client=None, response=httpx.Response(299, json=body))  # type: ignore[arg-type]
    assert detailed.status_code == 299 and detailed.parsed.signals == []
    assert list_signals._build_response(client=None, response=httpx.Response(200, json=body)).status_code == 200  # type: ignore[arg-type]
