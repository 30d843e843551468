"""Reading a response body inside the retry boundary, within a time deadline and a size limit.

httpx would read and decode the body after the transport returns, outside the retry loop and without any
bound: a body cut short escaped as a bare ``httpx.ReadError``, a server trickling one byte at a time held a call
for as long as it liked, and a 1 MiB gzip body that inflates to 1 GiB was inflated whole. The transports read
the raw bytes here instead, decode ``Content-Encoding`` themselves under the same limit, and hand httpx a
plain, already-read response.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import AsyncIterable, Iterable

import httpx

__all__ = ["MAX_JSON_DEPTH", "BodyTooLarge", "decode", "json_depth_exceeds", "plain_response", "read", "aread"]

# Deeper than any body of this API by far, and well inside what json.loads can decode without RecursionError.
MAX_JSON_DEPTH = 256
_CHUNK = 64 * 1024
_KEEP_DELETE = bytes(range(256)).translate(None, b'[]{}"')  # translate deletes all but brackets and quotes
_SQUARE_TO_CURLY = bytes.maketrans(b"[]", b"{}")


class BodyTooLarge(Exception):
    """Internal signal: the body (raw or decoded) passed ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(f"response body larger than {limit} bytes")


def _deadline_passed(deadline: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        # A ReadTimeout like any other slow read, so the retry policy treats it the same way.
        raise httpx.ReadTimeout("the attempt's deadline passed while reading the response body")


def read(stream: Iterable[bytes], *, limit: int, deadline: float | None) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in stream:
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(limit)
        chunks.append(chunk)
        _deadline_passed(deadline)
    return b"".join(chunks)


async def aread(stream: AsyncIterable[bytes], *, limit: int) -> bytes:
    """Async read; the async transport bounds the whole attempt with a cancel scope instead of checks."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in stream:
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _inflate(data: bytes, wbits: int, limit: int) -> bytes:
    decoder = zlib.decompressobj(wbits)
    out: list[bytes] = []
    size = 0
    pending = data
    while pending:
        piece = decoder.decompress(pending, _CHUNK)
        size += len(piece)
        if size > limit:
            raise BodyTooLarge(limit)
        out.append(piece)
        pending = decoder.unconsumed_tail
        if decoder.eof:
            break
    tail = decoder.flush()
    if size + len(tail) > limit:
        raise BodyTooLarge(limit)
    out.append(tail)
    return b"".join(out)


def decode(data: bytes, encoding_header: str, limit: int) -> bytes:
    """Undo ``Content-Encoding`` (gzip, deflate; identity) without ever holding more than ``limit`` bytes."""
    codings = [c.strip().lower() for c in encoding_header.split(",") if c.strip()]
    for coding in reversed(codings):
        try:
            if coding in ("gzip", "x-gzip"):
                data = _inflate(data, zlib.MAX_WBITS | 16, limit)
            elif coding == "deflate":
                try:
                    data = _inflate(data, zlib.MAX_WBITS, limit)
                except zlib.error:  # some servers send raw deflate without the zlib header
                    data = _inflate(data, -zlib.MAX_WBITS, limit)
            elif coding != "identity":
                raise httpx.DecodingError(f"unsupported Content-Encoding {coding!r}")
        except zlib.error as exc:
            raise httpx.DecodingError(f"invalid {coding} body: {exc}") from exc
    return data


def json_depth_exceeds(content: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when the JSON in ``content`` nests deeper than ``limit`` (json.loads would hit RecursionError).

    Runs at C speed (a fraction of json.loads' own time): a body with fewer brackets than the limit cannot be
    that deep; else strings are cut out (escaped backslashes and quotes first, so every remaining quote opens
    or closes a string) and nesting is measured by removing innermost bracket pairs, one level per pass.
    """
    # Brackets and quotes only (one C pass; counting on this short skeleton is cheaper than two counts over
    # the body): a body with fewer opening brackets than the limit cannot be that deep.
    skeleton = content.translate(_SQUARE_TO_CURLY, _KEEP_DELETE)
    if skeleton.count(b"{") <= limit:
        return False
    if b"\\" in content:  # rare: escaped backslashes and quotes, so that every quote left opens or closes
        content = content.replace(b"\\\\", b"").replace(b'\\"', b"")
        skeleton = content.translate(_SQUARE_TO_CURLY, _KEEP_DELETE)
    # Drop adjacent quote pairs (strings without brackets: nothing lies between them, so parity is kept) and,
    # if brackets inside strings remain, every other quote-delimited run. The usual case, every quote in such a
    # pair, is found by counting, and then deleting all quotes is the same result for a quarter of the time.
    if skeleton.count(b'""') * 2 == skeleton.count(b'"'):
        return _nesting(skeleton.translate(None, b'"'), limit) > limit
    skeleton = skeleton.replace(b'""', b"")
    if b'"' in skeleton:
        skeleton = b"".join(skeleton.split(b'"')[::2])
    return _nesting(skeleton, limit) > limit


def _nesting(brackets: bytes, limit: int) -> int:
    """Levels of nesting; unbalanced openers left over count as levels too (a decoder recurses into them)."""
    depth = 0
    while brackets and depth <= limit:
        shorter = brackets.replace(b"{}", b"")
        if len(shorter) == len(brackets):
            return depth + brackets.count(b"{")
        brackets = shorter
        depth += 1
    return depth


def plain_response(response: httpx.Response, content: bytes) -> httpx.Response:
    """The same response with its body already read and decoded (so httpx does not decode it again)."""
    headers = [
        (k, v) for k, v in response.headers.multi_items() if k.lower() not in ("content-encoding", "content-length")
    ]
    headers.append(("Content-Length", str(len(content))))
    extensions = {k: v for k, v in response.extensions.items() if k != "network_stream"}
    return httpx.Response(response.status_code, headers=headers, content=content, extensions=extensions)
