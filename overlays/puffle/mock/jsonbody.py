"""One guarded JSON decoder for every request body the mock reads.

Python's `json.loads` accepts what JSON does not: ``NaN``/``Infinity`` and numbers that overflow to
infinity (which would be stored and then break every later render, as ``allow_nan=False`` refuses them);
it fails with bare errors on integers longer than ``int()`` converts and on nesting deep enough to exhaust
the interpreter's stack. `decode` refuses all of them up front with a `MockError` (400, or 413 for a body over the size
limit), so nothing a caller sends can reach the store in a shape that breaks other callers.
"""

from __future__ import annotations

import json
import math
import sys
from typing import Any

from .errors import MockError

__all__ = ["MAX_BODY_BYTES", "MAX_DEPTH", "MAX_DIGITS", "decode", "depth_exceeds"]

MAX_BODY_BYTES = 10 * 1024 * 1024
# Deeper than any document the spec describes, shallow enough for jsonschema's recursive validation.
MAX_DEPTH = 64
# The longest integer text int() converts (Python's default int_max_str_digits).
MAX_DIGITS = sys.get_int_max_str_digits() or 4300


def _invalid(message: str) -> MockError:
    return MockError(400, f"body: {message}")


def _parse_int(text: str) -> int:
    # Checked on the text: int() refuses more than sys.get_int_max_str_digits() digits with a ValueError that
    # would otherwise surface from deep inside json. Any integer below that is valid JSON and may be stored
    # (schemas rarely bound integers); arithmetic on request values (task counts) caps them where it uses them.
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _invalid(f"integer {text[:24]}... has more than {MAX_DIGITS} digits")
    return int(text)


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
