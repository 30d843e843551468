"""Iterate every item of a paginated operation, whatever its pagination style.

The spec declares each list operation's style in ``x-puffle-pagination``; generated endpoint modules carry it
as ``PUFFLE_OPERATION["pagination"]``. One small class per style answers two questions only: "what are this
page's items" and "what are the parameters of the next request". The loops below are shared.

The sync iterators read ahead: as soon as a page's JSON arrives, the next request is sent from a helper
thread while this page is turned into models, so parsing overlaps the network wait instead of adding to it.
"""

from __future__ import annotations

import operator
import threading
from collections import deque
from collections.abc import AsyncIterator, Generator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar

import httpx

from puffle_client.client import AsyncClient, Client
from puffle_client.types import UNSET, json_loads

from ._paths import get_path
from .errors import PaginationError, ResponseValidationError

if TYPE_CHECKING:
    from concurrent.futures import Future

    from puffle_client._descriptors import PageDescriptor

__all__ = ["apaginate", "apaginate_pages", "paginate", "paginate_pages", "pagination_of"]


class _Style:
    """Base: where the items are; subclasses decide the next request.

    ``paths`` locate items, next cursor, has-more flag and total either in parsed models (attribute names) or
    in the raw JSON body (field names); both come from the same spec declaration.
    """

    def __init__(
        self,
        meta: Mapping[str, Any],
        operation_id: str,
        params: dict[str, Any],
        defaults: dict[str, Any],
        paths: Mapping[str, Any],
    ):
        self.meta = meta
        self.paths = paths
        self.operation_id = operation_id
        self.defaults = defaults
        limit = self.param(params, meta.get("limit_param"))
        self.limit: int | None = limit if isinstance(limit, int) else None

    def param(self, params: dict[str, Any], name: str | None) -> Any:
        """The value a request used for ``name``: given explicitly, or the endpoint's default."""
        if not name:
            return None
        return params[name] if name in params else self.defaults.get(name)

    def items(self, page: Any) -> list[Any]:
        found = get_path(page, self.paths["items"])
        return list(found) if found else []

    def has_more(self, page: Any) -> bool | None:
        path = self.paths.get("has_more")
        value = get_path(page, path) if path else None
        return value if isinstance(value, bool) else None

    def total(self, page: Any) -> int | None:
        path = self.paths.get("total")
        value = get_path(page, path) if path else None
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def next_params(self, page: Any, items: list[Any], params: dict[str, Any]) -> dict[str, Any] | None:
        raise NotImplementedError


class CursorStyle(_Style):
    """``cursor``, ``next-cursor`` and ``page-next-cursor``: the same walk, the spec says where the cursor is."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.seen: set[str] = set()

    def next_params(self, page: Any, items: list[Any], params: dict[str, Any]) -> dict[str, Any] | None:
        cursor = get_path(page, self.paths["next_cursor"])
        if self.has_more(page) is False or cursor in (None, ""):
            return None
        cursor = str(cursor)
        if cursor in self.seen or cursor == params.get(self.meta["cursor_param"]):
            raise PaginationError(
                f"{self.operation_id}: the server returned cursor {cursor!r} a second time; stopping instead of looping"
            )
        self.seen.add(cursor)
        return {**params, self.meta["cursor_param"]: cursor}


class PageStyle(_Style):
    """``page``: 1-based page numbers; stop on an empty/short page, ``hasMore`` false or ``total`` reached."""

    def next_params(self, page: Any, items: list[Any], params: dict[str, Any]) -> dict[str, Any] | None:
        param = self.meta["page_param"]
        current = self.param(params, param)
        number = current if isinstance(current, int) else 1
        more = self.has_more(page)
        total = self.total(page)
        size = self.limit or len(items)
        if not items or more is False:
            return None
        if more is None and total is not None and number * size >= total:
            return None
        if more is None and total is None and self.limit is not None and len(items) < self.limit:
            return None
        return {**params, param: number + 1}


class OffsetStyle(_Style):
    """``offset``: advance by the items received; stop on an empty/short page, ``hasMore`` false or ``total``."""

    def next_params(self, page: Any, items: list[Any], params: dict[str, Any]) -> dict[str, Any] | None:
        param = self.meta["offset_param"]
        current = self.param(params, param)
        offset = (current if isinstance(current, int) else 0) + len(items)
        more = self.has_more(page)
        total = self.total(page)
        if not items or more is False:
            return None
        if more is None and total is not None and offset >= total:
            return None
        if more is None and total is None and self.limit is not None and len(items) < self.limit:
            return None
        return {**params, param: offset}


STYLES: dict[str, type[_Style]] = {
    "cursor": CursorStyle,
    "next-cursor": CursorStyle,
    "page-next-cursor": CursorStyle,
    "page": PageStyle,
    "offset": OffsetStyle,
}


def pagination_of(endpoint: Any) -> Mapping[str, Any]:
    """The pagination metadata of a generated endpoint module; TypeError when it has none."""
    op = getattr(endpoint, "PUFFLE_OPERATION", None)
    if not isinstance(op, Mapping):
        raise TypeError(f"{getattr(endpoint, '__name__', endpoint)!r} is not a generated Puffle endpoint module")
    meta = op.get("pagination")
    if not meta:
        raise TypeError(f"{op['operation_id']} is not paginated; call its sync()/asyncio() function directly")
    return meta  # type: ignore[no-any-return]


def _defaults(endpoint: Any) -> dict[str, Any]:
    """Keyword defaults of the endpoint function (the spec's parameter defaults), cached per module."""
    cached = getattr(endpoint, "_puffle_defaults", None)
    if cached is None:
        import inspect

        cached = {
            name: p.default
            for name, p in inspect.signature(endpoint.sync_detailed).parameters.items()
            if p.default is not inspect.Parameter.empty
        }
        endpoint._puffle_defaults = cached
    return cached


# Pages in a row without a new item (while the server says there are more) before PaginationError; a real
# server may send an empty page now and then (items filtered out after the page was cut), not three in a row.
STALLED_PAGES = 3
RECENT_PAGES = 4  # how many pages back an item counts as "seen" for the check above


class _Walk:
    """One walk over the pages of an operation, shared by every iterator below.

    ``pending()`` gives the keyword arguments of the next request (None when done). ``advance()`` takes a
    page's raw JSON and its body bytes, and works out the next request.
    A server that sends the same page twice in a row raises `PaginationError`.
    """

    def __init__(self, endpoint: Any, params: dict[str, Any], max_pages: int | None, max_items: int | None) -> None:
        meta = pagination_of(endpoint)
        self.style = STYLES[meta["style"]](
            meta,
            endpoint.PUFFLE_OPERATION["operation_id"],
            params,
            _defaults(endpoint),
            meta["json"],
        )
        self.max_pages = max_pages
        self.max_items = max_items
        self.pages = 0
        self.items = 0
        self.previous: bytes | None = None
        self.next: dict[str, Any] | None = dict(params)
        self.recent: deque[frozenset[Any]] = deque(maxlen=RECENT_PAGES)
        self.stalled = 0

    def pending(self) -> dict[str, Any] | None:
        if self.max_pages is not None and self.pages >= self.max_pages:
            return None
        if self.max_items is not None and self.items >= self.max_items:
            return None
        return self.next

    def advance(self, page: Any, content: bytes) -> None:
        items = self.style.items(page)
        if items and content == self.previous:
            raise PaginationError(
                f"{self.style.operation_id}: the server sent the same page twice; stopping instead of looping"
            )
        self.previous = content
        self.pages += 1
        self.items += len(items)
        assert self.next is not None
        self.next = self.style.next_params(page, items, self.next)
        if self.next is not None:
            self._check_progress(items)

    def _check_progress(self, items: list[Any]) -> None:
        """Raise when the server keeps promising more but sends nothing new.

        Catches what a repeated cursor or an identical body does not: empty pages with ``hasMore`` and a fresh
        cursor each time, and page/offset parameters the server ignores (the same items under a new body).
        Items are compared by ``id`` over the last few pages only, so memory stays bounded on long walks.
        """
        keys = _item_keys(items)
        new = None in keys  # an item without an id cannot be compared, so it counts as new
        keys.discard(None)
        # difference() against each recent page in C, instead of building their union on every page
        new = new or bool(keys.difference(*self.recent))
        self.recent.append(frozenset(keys))
        self.stalled = 0 if new else self.stalled + 1
        if self.stalled >= STALLED_PAGES:
            raise PaginationError(
                f"{self.style.operation_id}: {self.stalled} pages in a row brought no new items although the "
                "server says there are more; stopping instead of looping"
            )


def _item_key(item: Any) -> Any:
    """An item's identity for progress checks: its ``id`` (a JSON object's), else None (unknown)."""
    key = item.get("id") if isinstance(item, dict) else None
    return key if isinstance(key, str | int) and not isinstance(key, bool) else None


_ID = operator.itemgetter("id")
_ID_TYPES = frozenset({str, int})


def _item_keys(items: list[Any]) -> set[Any]:
    """The ids of a page's items (None standing for any item without a usable one).

    The common page, objects that all have a string or integer id, is read at C speed (itemgetter and set
    operations, no Python call per item); anything else goes item by item."""
    try:
        keys = set(map(_ID, items))
    except (KeyError, TypeError, IndexError):  # an item without an id, not an object, or an unhashable id
        return set(map(_item_key, items))
    if _ID_TYPES.issuperset(map(type, keys)) and all(map(dict.__instancecheck__, items)):
        return keys
    return set(map(_item_key, items))


def _decode(response: httpx.Response) -> Any:
    """A page's decoded JSON, or UNSET when it is not JSON (the generated parser then reports the bad body with
    its usual typed error). The same decoder as every other response (orjson when the `speed` extra is
    installed), not httpx's ``response.json()``, which always takes the standard library's via a str copy."""
    try:
        return json_loads(response.content)
    except ValueError:
        return UNSET


def _fetch(
    endpoint: Any, client: Client, kwargs: dict[str, Any], started: threading.Event | None = None
) -> tuple[httpx.Response, Any]:
    """Send one page request and decode its JSON body (in the read-ahead thread when there is one)."""
    if started is not None:
        started.set()
    response = client.get_httpx_client().request(**endpoint._get_kwargs(**kwargs))
    return response, _decode(response)


def _advance(walk: _Walk, response: httpx.Response, data: Any) -> None:
    """Move the walk on from a page's raw JSON; a body that is not JSON ends it (its parse raises next)."""
    if 200 <= response.status_code < 300 and data is not UNSET:
        walk.advance(data, response.content)
    else:
        walk.next = None


def _read_ahead(endpoint: Any, client: Client, walk: _Walk) -> Generator[tuple[httpx.Response, Any], None, None]:
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="puffle-paginate")

    def submit(kwargs: dict[str, Any] | None) -> Future[tuple[httpx.Response, Any]] | None:
        if kwargs is None:
            return None
        started = threading.Event()
        future = pool.submit(_fetch, endpoint, client, kwargs, started)
        # Hand the interpreter to the helper until it is sending: otherwise parsing on this thread would hold
        # the GIL for a whole switch interval before the request even leaves.
        started.wait(0.05)
        return future

    try:
        future = submit(walk.pending())
        while future is not None:
            response, data = future.result()
            _advance(walk, response, data)
            future = submit(walk.pending())
            yield response, data
            # Not kept alive while the next page is fetched and parsed: objects still alive at a collection get
            # promoted, and promoted objects are what makes the garbage collector run its costly full collections.
            del response, data
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _raw_pages(
    endpoint: Any, client: Client, walk: _Walk, read_ahead: bool
) -> Generator[tuple[httpx.Response, Any], None, None]:
    """Each page's response and decoded JSON, in order; the walk moves on from the raw JSON."""
    if read_ahead:
        yield from _read_ahead(endpoint, client, walk)
        return
    while (kwargs := walk.pending()) is not None:
        response, data = _fetch(endpoint, client, kwargs)
        _advance(walk, response, data)
        yield response, data


async def _araw_pages(endpoint: Any, client: AsyncClient, walk: _Walk) -> AsyncIterator[tuple[httpx.Response, Any]]:
    """Async `_raw_pages` (async walks never read ahead)."""
    while (kwargs := walk.pending()) is not None:
        response = await client.get_async_httpx_client().request(**endpoint._get_kwargs(**kwargs))
        data = _decode(response)
        _advance(walk, response, data)
        yield response, data


def _parse_page(endpoint: Any, client: Any, response: httpx.Response, data: Any) -> Any:
    """The page model, with the endpoint's own typed errors."""
    return endpoint._build_response(client=client, response=response, json_data=data).parsed


def _page_items(endpoint: Any, client: Any, response: httpx.Response, data: Any) -> Iterator[Any]:
    """A page's items, each parsed only when it is reached.

    A page's models that are all alive at once survive garbage collections and get promoted, and promotions are
    what trigger the collector's costly full passes: parsed one at a time, an item the caller drops is freed at
    once. The rest of the page is still checked first (with the items left out), and an item that does not fit
    raises the very error a whole-page parse would (the page is parsed again to produce it)."""
    path = pagination_of(endpoint)["json"]["items"]
    raw_items = get_path(data, path) if isinstance(data, dict) else None
    envelope = _without(data, path) if isinstance(raw_items, list) else None
    if envelope is None or raw_items is None:
        # No item list where the spec puts one (or not a JSON object at all): the whole-page parse says what is
        # wrong, or yields what there is.
        yield from get_path(_parse_page(endpoint, client, response, data), pagination_of(endpoint)["items"]) or ()
        return
    _parse_page(endpoint, client, response, envelope)
    from_dict = endpoint.PUFFLE_PAGES.item.from_dict
    for raw in raw_items:
        try:
            item = from_dict(raw)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            _parse_page(endpoint, client, response, data)  # raises the page parser's own error for this item
            raise ResponseValidationError.from_exception(
                endpoint.PUFFLE_OPERATION["operation_id"], response, exc
            ) from exc
        yield item


def _without(data: dict[str, Any], path: Sequence[str]) -> dict[str, Any] | None:
    """A copy of ``data`` with an empty list at ``path`` (copied along the path only); None if it cannot be."""
    top = dict(data)
    node = top
    for seg in path[:-1]:
        child = node.get(seg)
        if not isinstance(child, dict):
            return None
        node[seg] = node = dict(child)
    node[path[-1]] = []
    return top


def _paginate_pages(
    endpoint: Any,
    *,
    client: Client,
    max_pages: int | None = None,
    read_ahead: bool = True,
    _max_items: int | None = None,
    **params: Any,
) -> Generator[Any, None, None]:
    """Yield each parsed page of ``endpoint`` (a generated module such as ``puffle_client.api.signals.list_signals``).

    ``params`` are the endpoint's own keyword arguments (filters, ``limit``, a starting cursor or page).
    ``read_ahead`` requests the next page while this one is parsed (one request in flight at most).
    """
    walk = _Walk(endpoint, params, max_pages, _max_items)
    for response, data in _raw_pages(endpoint, client, walk, read_ahead):
        yield _parse_page(endpoint, client, response, data)


def _count(max_items: int | None) -> Iterator[bool]:
    """Yields True for the item that reaches ``max_items``."""
    n = 0
    while True:
        n += 1
        yield max_items is not None and n >= max_items


def _paginate(
    endpoint: Any,
    *,
    client: Client,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    **params: Any,
) -> Iterator[Any]:
    """Yield every item across all pages of ``endpoint``; stop after ``max_items`` items or ``max_pages`` pages.

    ``params`` are the endpoint's keyword arguments. With ``read_ahead`` (the default) the next page is already
    requested while the current one is parsed; ``max_items`` and ``max_pages`` are known in advance and never
    cause an extra request, but breaking out of the loop early may leave one (read-only) request in flight.
    """
    pagination_of(endpoint)  # TypeError before any request for a non-paginated operation
    if max_items is not None and max_items <= 0:
        return
    last = _count(max_items)
    walk = _Walk(endpoint, params, max_pages, max_items)
    pages = _raw_pages(endpoint, client, walk, read_ahead)
    try:
        for response, data in pages:
            for item in _page_items(endpoint, client, response, data):
                yield item
                if next(last):
                    return
            del response, data
    finally:
        pages.close()  # stops the read-ahead thread's pool when the caller breaks out early


async def _apaginate_pages(
    endpoint: Any,
    *,
    client: AsyncClient,
    max_pages: int | None = None,
    _max_items: int | None = None,
    read_ahead: bool = True,
    **params: Any,
) -> AsyncIterator[Any]:
    """Async `paginate_pages`."""
    walk = _Walk(endpoint, params, max_pages, _max_items)
    async for response, data in _araw_pages(endpoint, client, walk):
        yield _parse_page(endpoint, client, response, data)


async def _apaginate(
    endpoint: Any,
    *,
    client: AsyncClient,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    **params: Any,
) -> AsyncIterator[Any]:
    """Async `paginate` (``read_ahead`` is accepted for symmetry; async walks never read ahead)."""
    pagination_of(endpoint)
    if max_items is not None and max_items <= 0:
        return
    last = _count(max_items)
    walk = _Walk(endpoint, params, max_pages, max_items)
    async for response, data in _araw_pages(endpoint, client, walk):
        for item in _page_items(endpoint, client, response, data):
            yield item
            if next(last):
                return


# The public, typed layer. A generated paginated endpoint module ends with ``PUFFLE_PAGES``, a descriptor whose
# type carries the endpoint's keyword arguments (as a ParamSpec), its item type and its page type; a module is a
# structural match for `Paginated`, so mypy infers the item type and rejects unknown keywords at the call site.
P = ParamSpec("P")
ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")
_ItemT_co = TypeVar("_ItemT_co", covariant=True)
_PageT_co = TypeVar("_PageT_co", covariant=True)
_CONTROL = frozenset({"client", "max_items", "max_pages", "read_ahead"})


class Paginated(Protocol[P, _ItemT_co, _PageT_co]):
    """A generated endpoint module of a paginated operation."""

    @property
    def PUFFLE_PAGES(self) -> PageDescriptor[P, ..., _ItemT_co, _PageT_co]: ...


class AsyncPaginated(Protocol[P, _ItemT_co, _PageT_co]):
    """The same module seen by `apaginate`: its keywords take an async client."""

    @property
    def PUFFLE_PAGES(self) -> PageDescriptor[..., P, _ItemT_co, _PageT_co]: ...


def _check_params(endpoint: Any, kwargs: dict[str, Any]) -> None:
    """TypeError (with close matches) for a keyword the endpoint does not take, before any request."""
    import difflib
    import inspect

    pagination_of(endpoint)
    known = set(inspect.signature(endpoint.sync_detailed).parameters) | _CONTROL
    unknown = [k for k in kwargs if k not in known]
    if unknown:
        name = unknown[0]
        close = difflib.get_close_matches(name, sorted(known), n=3)
        hint = f" (did you mean {', '.join(map(repr, close))}?)" if close else ""
        raise TypeError(f"{endpoint.PUFFLE_OPERATION['operation_id']} has no parameter {name!r}{hint}")


def paginate(endpoint: Paginated[P, ItemT, PageT], *args: P.args, **kwargs: P.kwargs) -> Iterator[ItemT]:
    """Yield every item across all pages of ``endpoint`` (a generated module such as
    ``puffle_client.api.signals.list_signals``): ``paginate(list_signals, client=client, min_score=2)``.

    Keywords: ``client``; ``max_items`` / ``max_pages`` to stop early; ``read_ahead`` (default True: the next
    page is already requested while this one is parsed; breaking out early may leave one read-only request in
    flight); and the endpoint's own parameters (filters, ``limit``, a starting cursor or page).
    """
    _check_params(endpoint, kwargs)
    params: dict[str, Any] = dict(kwargs)
    return _paginate(endpoint, *args, **params)


def paginate_pages(endpoint: Paginated[P, ItemT, PageT], *args: P.args, **kwargs: P.kwargs) -> Iterator[PageT]:
    """Yield each parsed page of ``endpoint``; same keywords as `paginate` (``max_items`` stops after the page
    that reaches it)."""
    _check_params(endpoint, kwargs)
    params: dict[str, Any] = dict(kwargs)
    params["_max_items"] = params.pop("max_items", None)
    return _paginate_pages(endpoint, *args, **params)


def apaginate(endpoint: AsyncPaginated[P, ItemT, PageT], *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[ItemT]:
    """Async `paginate`: ``async for item in apaginate(list_signals, client=async_client)``."""
    _check_params(endpoint, kwargs)
    params: dict[str, Any] = dict(kwargs)
    return _apaginate(endpoint, *args, **params)


def apaginate_pages(
    endpoint: AsyncPaginated[P, ItemT, PageT], *args: P.args, **kwargs: P.kwargs
) -> AsyncIterator[PageT]:
    """Async `paginate_pages`."""
    _check_params(endpoint, kwargs)
    params: dict[str, Any] = dict(kwargs)
    params["_max_items"] = params.pop("max_items", None)
    return _apaginate_pages(endpoint, *args, **params)
