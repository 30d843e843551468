"""One guarded JSON decoder for every request body the mock reads.

Python's `json.loads` accepts what the API's JSON does not: ``NaN``/``Infinity`` (which would be stored and
then break every later render, as ``allow_nan=False`` refuses them), integers of any size (which overflow
later arithmetic such as a task's ``fetchCount``) and nesting deep enough to exhaust the interpreter's
stack. `decode` refuses all of them up front with a `MockError` (400, or 413 for a body over the size
limit), so nothing a caller sends can reach the store in a shape that breaks other callers.
"""

from __future__ import annotations

import json
import math
from typing import Any

from .errors import MockError

__all__ = ["MAX_BODY_BYTES", "MAX_DEPTH", "MAX_INT", "decode", "depth_exceeds"]

MAX_BODY_BYTES = 10 * 1024 * 1024
# Deeper than any document the spec describes, shallow enough for jsonschema's recursive validation.
MAX_DEPTH = 64
# Signed 64-bit: what the API's integer fields are stored in.
MAX_INT = 2**63 - 1


def _invalid(message: str) -> MockError:
    return MockError(400, f"body: {message}")


def _parse_int(text: str) -> int:
    # Checked on the text first: int() of a 5,000-digit string raises ValueError (int_max_str_digits).
    if len(text.lstrip("-")) > 19:
        raise _invalid(f"integer {text[:24]}... is out of range (at most {MAX_INT})")
    value = int(text)
    if not -MAX_INT - 1 <= value <= MAX_INT:
        raise _invalid(f"integer {text} is out of range (at most {MAX_INT})")
    return value


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _invalid(f"number {text[:24]} is out of range")
    return value


def _parse_constant(name: str) -> Any:
    raise _invalid(f"{name} is not valid JSON")


def depth_exceeds(raw: bytes, limit: int) -> bool:
    """Whether brackets nest deeper than ``limit`` (strings skipped), in one pass without recursion."""
    depth = 0
    in_string = False
    escaped = False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > limit:
                return True
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return False


def decode(raw: bytes) -> Any:
    """The JSON value of a request body, or a 400/413 `MockError` saying why it is refused."""
    if len(raw) > MAX_BODY_BYTES:
        raise MockError(413, f"body: larger than {MAX_BODY_BYTES} bytes")
    # Only scan when nesting is possible at all: a cheap count skips the pass for ordinary small bodies.
    if raw.count(b"[") + raw.count(b"{") > MAX_DEPTH and depth_exceeds(raw, MAX_DEPTH):
        raise _invalid(f"nested deeper than {MAX_DEPTH} levels")
    try:
        return json.loads(raw, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant)
    except RecursionError:
        raise _invalid(f"nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as exc:
        raise _invalid(f"not valid JSON ({exc})") from None
