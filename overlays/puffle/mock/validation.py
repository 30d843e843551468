"""Check a request against its operation in the spec: path and query parameters, then the body.

Query strings are coerced by the parameter's schema type (``limit=20`` -> 20, ``unread=true`` -> True) and
then validated with the same JSON Schema validator as bodies, so limits, enums, patterns and formats are all
enforced exactly as declared. The first problem found becomes a 400 ``invalid_request`` whose message starts
with the offending field (``limit: 0 is less than the minimum of 1``).
"""

from __future__ import annotations

import copy
import math
import re
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qs

from .errors import MockError
from .jsonbody import MAX_DIGITS, decode
from .schemas import SchemaIndex, ValidationError, types_of
from .spec import Operation

__all__ = ["RequestData", "parse_request"]

_INTEGER = re.compile(r"^[+-]?\d+$")


@dataclass
class RequestData:
    """The validated parts of a request, ready for expressions (``$request.query.limit``)."""

    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    files: dict[str, dict[str, Any]] = field(default_factory=dict)

    def scope(self) -> dict[str, Any]:
        return {"path": self.path, "query": self.query, "headers": self.headers, "body": self.body, "files": self.files}


def _where(error: ValidationError, root: str) -> str:
    parts = [str(p) for p in error.absolute_path]
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = next((str(n) for n in error.validator_value if n not in error.instance), None)
        if missing:
            parts.append(missing)
    return ".".join(parts) if parts else root


def _invalid(where: str, message: str) -> MockError:
    return MockError(400, f"{where}: {message}")


def _coerce(name: str, raw: str, schema: dict[str, Any], schemas: SchemaIndex) -> Any:
    node = schemas.resolve(schema)
    types = types_of(node)
    if not types and "enum" in node:
        types = {"string"}
    if "integer" in types and _INTEGER.match(raw):
        # Bounded before int(): a 5,000-digit value would raise ValueError (int_max_str_digits) in int().
        if len(raw.lstrip("+-")) > MAX_DIGITS:
            raise _invalid(name, f"{raw[:24]}... has more than {MAX_DIGITS} digits")
        return int(raw)
    if "number" in types:
        try:
            number = float(raw)
        except ValueError:
            number = math.nan
        if math.isfinite(number) and raw.strip() == raw and raw:
            return int(raw) if _INTEGER.match(raw) and len(raw) <= MAX_DIGITS else number
    if "boolean" in types and raw in ("true", "false"):
        return raw == "true"
    if "string" in types or not types:
        return raw
    wanted = " or ".join(sorted(types))
    raise _invalid(name, f"expected {wanted}, got {raw!r}")


def _params(op: Operation, schemas: SchemaIndex, path: dict[str, str], query_string: str, out: RequestData) -> None:
    query = parse_qs(query_string, keep_blank_values=True)
    for param in op.params:
        if param.location == "path":
            value: Any = _coerce(param.name, path.get(param.name, ""), param.schema, schemas)
            target = out.path
        elif param.location == "query":
            values = query.get(param.name)
            if values is None:
                if param.required:
                    raise _invalid(param.name, "this query parameter is required")
                continue
            if len(values) > 1:
                raise _invalid(param.name, "expected a single value, got several")
            value = _coerce(param.name, values[0], param.schema, schemas)
            target = out.query
        else:
            continue
        error = schemas.first_error(value, param.schema)
        if error is not None:
            raise _invalid(param.name, error.message)
        target[param.name] = value


def _json_body(op: Operation, schemas: SchemaIndex, content_type: str, raw: bytes, out: RequestData) -> None:
    assert op.body is not None
    if not raw:
        if op.body.required:
            raise _invalid("body", "a JSON request body is required")
        return
    if "json" not in content_type.lower():
        raise _invalid("body", f"expected Content-Type application/json, got {content_type or 'none'!r}")
    body = decode(raw)
    error = schemas.first_error(body, op.body.schema)
    if error is not None:
        raise _invalid(_where(error, "body"), error.message)
    out.body = _with_defaults(schemas, op.body.schema, body)


def _with_defaults(schemas: SchemaIndex, schema: Any, body: Any) -> Any:
    """The body with the documented default of every top-level field it leaves out (``mode: persisted``).

    The server applies them, so what the mock stores and later shows is what the real API would; a field filled
    from nothing would otherwise be made up by the synthesizer (``mode: "Mode 1"``).
    """
    if not isinstance(body, dict):
        return body
    properties = schemas.resolve(schema).get("properties")
    if not isinstance(properties, dict):
        return body
    missing: dict[str, Any] = {}
    for name, node in properties.items():
        if name not in body:
            field_schema = schemas.resolve(node)
            if "default" in field_schema:
                # A copy: the stored item may be changed later, and the spec's own value must not change with it.
                missing[name] = copy.deepcopy(field_schema["default"])
    return {**body, **missing} if missing else body


def _multipart_body(op: Operation, schemas: SchemaIndex, content_type: str, raw: bytes, out: RequestData) -> None:
    assert op.body is not None
    if "multipart/form-data" not in content_type.lower():
        raise _invalid("body", f"expected Content-Type multipart/form-data, got {content_type or 'none'!r}")
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + raw
    )
    if not message.is_multipart():
        raise _invalid("body", "the multipart body could not be parsed")
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is not None:
            out.files[name] = {"filename": filename, "content_type": part.get_content_type(), "size": len(data)}
            fields[name] = filename
        else:
            fields[name] = data.decode("utf-8", "replace")
    error = schemas.first_error(fields, op.body.schema)
    if error is not None:
        raise _invalid(_where(error, "body"), error.message)
    out.body = fields


def parse_request(
    op: Operation,
    schemas: SchemaIndex,
    path_params: dict[str, str],
    query_string: str,
    headers: dict[str, str],
    raw_body: bytes,
) -> RequestData:
    """Validate and convert one request; raises `MockError` (400) naming the first invalid field."""
    out = RequestData(headers=headers)
    _params(op, schemas, path_params, query_string, out)
    if op.body is not None:
        content_type = headers.get("content-type", "")
        if op.body.media_type == "multipart/form-data":
            _multipart_body(op, schemas, content_type, raw_body, out)
        else:
            _json_body(op, schemas, content_type, raw_body, out)
    return out
