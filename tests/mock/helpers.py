"""Assertions and lookups shared by the mock server tests."""

from __future__ import annotations

from typing import Any

import httpx
from jsonschema import Draft202012Validator

from puffle.mock import MockProcess
from puffle.mock.spec import MockSpec, load_document

SPEC = MockSpec(load_document())


def items(mock: MockProcess, resource: str) -> list[dict[str, Any]]:
    """Every stored item of ``resource`` with its links, from the server's admin endpoint."""
    response = httpx.get(f"{mock.url}/__mock/items/{resource}", timeout=30)
    response.raise_for_status()
    return list(response.json()["items"])


def assert_error(
    response: httpx.Response,
    status: int,
    *,
    code: str | None = None,
    flat: bool = False,
    mentions: str | None = None,
) -> str:
    """Check an error response: status, body valid against the spec's schema for it, shape, code, message."""
    assert response.status_code == status, response.text
    body = response.json()
    schema = SPEC.schemas.document["components"]["schemas"]["FlatError" if flat else "ErrorEnvelope"]
    Draft202012Validator(schema, registry=SPEC.schemas.registry).validate(body)
    message = body["error"] if flat else body["error"]["message"]
    if code is not None:
        assert not flat
        assert body["error"]["code"] == code
    if mentions is not None:
        assert mentions in message, message
    return str(message)
