"""Models must not lie (issue 11): a JSON value of the wrong primitive type is a typed error naming the field."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from puffle_client.api.signals import list_signals
from puffle_client.errors import ModelDataError, ResponseValidationError
from puffle_client.models import Signal, SignalListResponse, Thread

ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"id": {"x": [1]}}, "id"),  # an object where a string is required
        ({"id": 7}, "id"),  # a number where a string is declared
        ({"id": None}, "id"),  # null for a required, non-nullable field
        ({"id": ID, "title": 3.5}, "title"),
        ({"id": ID, "score": "3"}, "score"),  # a string where an integer is declared
        ({"id": ID, "score": True}, "score"),  # bool is not an integer in JSON
        ({"id": ID, "score": 2.5}, "score"),
        ({"id": ID, "classification": "hot"}, "classification"),  # a string where an object is declared
        ({"id": ID, "suggestedActions": {"a": 1}}, "suggestedActions"),  # an object where an array is declared
        ({"id": ID, "createdAt": 1704189600}, "createdAt"),  # a number where a date-time is declared
        ({"id": ID, "createdAt": "yesterday-ish"}, "createdAt"),
    ],
)
def test_wrong_primitive_is_a_model_data_error_naming_the_field(data: dict[str, Any], field: str) -> None:
    with pytest.raises(ModelDataError) as info:
        Signal.from_dict(data)
    assert info.value.field == field
    assert info.value.model == "Signal"


def test_missing_required_field_is_named() -> None:
    with pytest.raises(ModelDataError) as info:
        Signal.from_dict({"title": "x"})
    assert info.value.field == "id" and "missing" in info.value.reason


def test_nested_wrong_type_names_the_nested_field() -> None:
    with pytest.raises(ModelDataError) as info:
        SignalListResponse.from_dict({"signals": [{"id": ID}, {"id": ["not", "a", "string"]}]})
    assert info.value.field == "id"
    with pytest.raises(ModelDataError) as info:
        SignalListResponse.from_dict({"signals": ["not an object"]})
    assert info.value.field == "signals"


def test_bad_enum_type_is_an_error_but_an_unknown_enum_value_is_kept() -> None:
    with pytest.raises(ModelDataError) as info:
        Thread.from_dict({"id": ID, "channel": 5})
    assert info.value.field == "channel"
    assert Thread.from_dict({"id": ID, "channel": "carrier_pigeon"}).channel == "carrier_pigeon"


def test_an_int_is_a_fine_number_but_a_bool_or_string_is_not() -> None:
    from puffle_client.models import SignalAnalyticsScoreSummary

    assert SignalAnalyticsScoreSummary.from_dict({"avg": 2}).avg == 2
    assert SignalAnalyticsScoreSummary.from_dict({"avg": 2.5}).avg == 2.5
    for bad in (True, "2.5", [2]):
        with pytest.raises(ModelDataError) as info:
            SignalAnalyticsScoreSummary.from_dict({"avg": bad})
        assert info.value.field == "avg"


def test_response_validation_error_names_operation_and_field() -> None:
    body = {"signals": [{"id": ID, "score": "high"}], "pagination": {"hasMore": False}}
    response = httpx.Response(200, json=body)
    with pytest.raises(ResponseValidationError) as info:
        list_signals._parse_response(client=None, response=response)  # type: ignore[arg-type]
    assert info.value.operation_id == "listSignals"
    assert info.value.field == "score"
    assert "Signal" in str(info.value)


def test_a_non_object_body_is_a_typed_error() -> None:
    with pytest.raises(ModelDataError) as info:
        Signal.from_dict(["not", "an", "object"])  # type: ignore[arg-type]
    assert info.value.field is None and "expected object, got array" in str(info.value)
    response = httpx.Response(200, json=[1, 2])
    with pytest.raises(ResponseValidationError) as rinfo:
        list_signals._parse_response(client=None, response=response)  # type: ignore[arg-type]
    assert rinfo.value.operation_id == "listSignals"
