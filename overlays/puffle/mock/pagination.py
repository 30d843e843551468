"""Cut a list of items into the page a request asks for, in any of the spec's five pagination styles.

The style and parameter names come from the operation's ``x-puffle-pagination``; the default page size from
the limit parameter's schema ``default`` (the server's ``--page-size`` when the spec gives none). Cursor
styles use the id of the last item on the page as the cursor, so a cursor stays valid while the data does
not change, and an unknown cursor is answered with 404 rather than silently restarting the walk.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from .errors import MockError
from .filters import Predicate
from .spec import Operation
from .state import Collection, Entry

__all__ = ["Page", "paginate"]

CURSOR_STYLES = frozenset({"cursor", "next-cursor", "page-next-cursor"})


@dataclass
class Page:
    items: list[Entry]
    total: int
    limit: int | None = None
    next_cursor: str | None = None
    has_more: bool = False
    page: int | None = None
    offset: int | None = None


def _default(op: Operation, name: str | None, fallback: int) -> int:
    if not name:
        return fallback
    param = op.param(name, "query")
    default = param.schema.get("default") if param is not None else None
    return default if isinstance(default, int) and not isinstance(default, bool) else fallback


def _take(entries: list[Entry], start: int, limit: int, keep: Predicate | None) -> tuple[list[Entry], bool]:
    """Up to ``limit`` kept entries from index ``start`` on, and whether more follow: O(limit) for dense filters."""
    if keep is None:
        chunk = entries[start : start + limit]
        return chunk, start + len(chunk) < len(entries)
    chunk = []
    for index in range(start, len(entries)):
        entry = entries[index]
        if keep(entry):
            if len(chunk) == limit:
                return chunk, True
            chunk.append(entry)
    return chunk, False


def paginate(
    op: Operation,
    entries: list[Entry],
    query: dict[str, Any],
    collection: Collection,
    page_size: int,
    keep: Predicate | None = None,
) -> Page:
    """The page of ``entries`` (in ``seq`` order, the filter ``keep`` not applied yet) the request selects.

    Unfiltered, every style costs O(log n + limit): cursors are found by bisection on ``seq``, pages and
    offsets by index. A filter is applied while walking from the start position, so a cursor walk stays
    O(limit) per page; only a reported ``total`` (or a page/offset past filtered items) needs the full scan.
    """
    meta = op.pagination
    if not meta:
        return Page(items=entries if keep is None else [e for e in entries if keep(e)], total=len(entries))
    style = meta.style
    limit_param = meta.limit_param
    limit = query.get(limit_param) if limit_param else None
    if not isinstance(limit, int):
        limit = _default(op, limit_param, page_size)
    if style in CURSOR_STYLES:
        cursor = query.get(str(meta.cursor_param))
        start = 0
        if cursor not in (None, ""):
            position = collection.positions.get(str(cursor))
            if position is None:
                raise MockError(404, f"cursor: {cursor!r} does not point into this list (it is not an item id)")
            start = bisect.bisect_right(entries, position, key=_seq)
        chunk, more = _take(entries, start, limit, keep)
        total = _count(entries, keep) if meta.total else len(entries)
        return Page(chunk, total, limit, next_cursor=chunk[-1].id if (more and chunk) else None, has_more=more)
    if keep is not None:
        entries = [e for e in entries if keep(e)]
    total = len(entries)
    if style == "page":
        number = query.get(str(meta.page_param))
        if not isinstance(number, int):
            number = _default(op, meta.page_param, 1)
        start = max(0, (number - 1) * limit)
        chunk = entries[start : start + limit]
        return Page(chunk, total, limit, has_more=start + len(chunk) < total, page=number)
    offset = query.get(str(meta.offset_param))
    if not isinstance(offset, int):
        offset = _default(op, meta.offset_param, 0)
    chunk = entries[offset : offset + limit]
    return Page(chunk, total, limit, has_more=offset + len(chunk) < total, offset=offset)


def _seq(entry: Entry) -> int:
    return entry.seq


def _count(entries: list[Entry], keep: Predicate | None) -> int:
    return len(entries) if keep is None else sum(1 for e in entries if keep(e))
