"""Error codes are open: an envelope with a code the spec does not list still parses, with the code kept."""

from __future__ import annotations

import httpx
import pytest

from puffle import errors
from puffle_client.models.error_code import ErrorCode
from puffle_client.models.error_envelope import ErrorEnvelope
from tests.spec.conftest import SPEC

KNOWN = SPEC["components"]["schemas"]["ErrorCode"]["enum"]


@pytest.mark.parametrize("code", KNOWN)
def test_a_documented_code_parses_as_the_enum(code: str) -> None:
    parsed = ErrorEnvelope.from_dict({"error": {"code": code, "message": "m"}})
    assert parsed.error.code == ErrorCode(code)
    assert parsed.to_dict()["error"]["code"] == code


@pytest.mark.parametrize("code", ["forbidden", "payment_required", "a_code_from_next_year"])
def test_an_unknown_code_parses_as_the_envelope_with_the_code_kept(code: str) -> None:
    assert code not in KNOWN
    parsed = ErrorEnvelope.from_dict({"error": {"code": code, "message": "nope"}})
    assert parsed.error.code == code
    assert parsed.error.message == "nope"
    assert parsed.to_dict() == {"error": {"code": code, "message": "nope"}}


def test_the_runtime_error_keeps_an_unknown_code() -> None:
    response = httpx.Response(403, json={"error": {"code": "forbidden", "message": "Not your workspace"}})
    exc = errors.error_for_response(response, operation_id="getAccount")
    assert isinstance(exc, errors.PermissionDeniedError)
    assert (exc.code, exc.message) == ("forbidden", "Not your workspace")
