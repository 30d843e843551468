"""Typed auto-paging results of list methods (``client.signals.list()``), on the pagination engine.

Iterating a page object walks every page with `puffle.pagination` (same styles, read-ahead, loop guards);
``first_page``/``data``/``has_next_page()``/``next_page()`` step through the pages by hand. Only the current
page and at most one page ahead are kept, so memory stays bounded however long the list is.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, Generic, Self, TypeVar, cast

import httpx

from ._calls import apply_options
from ._paths import get_path
from .errors import PaginationError
from .pagination import _apaginate, _apaginate_pages, _defaults, _paginate, _paginate_pages, pagination_of

__all__ = ["AsyncPage", "SyncPage"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")


class _WithOptions:
    """An endpoint module seen through one call's options (extra headers/query, timeout): the engine calls its
    ``_get_kwargs`` and ``_build_response`` as it would the module's own."""

    def __init__(self, module: Any, options: dict[str, Any]) -> None:
        self.module = module
        self.options = options
        self.PUFFLE_OPERATION = module.PUFFLE_OPERATION
        self.PUFFLE_PAGES = module.PUFFLE_PAGES
        self._puffle_defaults = _defaults(module)
        self._build_response = module._build_response

    def _get_kwargs(self, **params: Any) -> dict[str, Any]:
        return apply_options(self.module._get_kwargs(**params), **self.options)


def _bind(
    client: Any,
    module: Any,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
) -> tuple[Any, Any]:
    if max_retries is not None:
        client = client.with_options(max_retries=max_retries)
    if timeout is None and not extra_headers and not extra_query:
        return client, module
    options = {"timeout": timeout, "extra_headers": extra_headers, "extra_query": extra_query, "extra_body": None}
    return client, _WithOptions(module, options)


class _PageBase(Generic[ItemT, PageT]):
    def __init__(
        self,
        client: Any,
        module: Any,
        params: dict[str, Any],
        *,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        self._client, self._endpoint = _bind(client, module, timeout, max_retries, extra_headers, extra_query)
        self._items_path = pagination_of(module)["items"]
        self._operation_id: str = module.PUFFLE_OPERATION["operation_id"]
        self._params = params
        self.max_items = max_items
        self._current: PageT | None = None
        self._ahead: PageT | None = None

    def _items(self, page: PageT) -> list[ItemT]:
        return cast("list[ItemT]", list(get_path(page, self._items_path) or ()))

    def _no_more(self) -> PaginationError:
        return PaginationError(f"{self._operation_id}: there is no next page (check has_next_page() first)")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._operation_id}, params={self._params!r}, max_items={self.max_items})"


class SyncPage(_PageBase[ItemT, PageT]):
    """Every item of a list operation: ``for item in page`` follows the pages until the last one.

    ``max_items`` bounds the walk. ``pages()`` (or ``iter_pages()``) yields the parsed pages instead.
    ``first_page`` / ``data`` fetch the first page only; ``has_next_page()`` / ``next_page()`` step by hand.
    """

    _cursor: Iterator[PageT] | None = None

    def __iter__(self) -> Iterator[ItemT]:
        items = _paginate(self._endpoint, client=self._client, max_items=self.max_items, **self._params)
        return cast("Iterator[ItemT]", items)

    def pages(self) -> Iterator[PageT]:
        """Each parsed page, requesting the next one while this one is used (read-ahead)."""
        pages = _paginate_pages(self._endpoint, client=self._client, _max_items=self.max_items, **self._params)
        return cast("Iterator[PageT]", pages)

    iter_pages = pages

    def _step(self) -> PageT | None:
        if self._cursor is None:
            self._cursor = cast(
                "Iterator[PageT]",
                _paginate_pages(self._endpoint, client=self._client, read_ahead=False, **self._params),
            )
        return next(self._cursor, None)

    @property
    def first_page(self) -> PageT:
        """The current page (the first one until `next_page()`), fetched on first use."""
        if self._current is None:
            self._current = self._step()
            if self._current is None:
                raise self._no_more()
        return self._current

    @property
    def data(self) -> list[ItemT]:
        """The items of the current page."""
        return self._items(self.first_page)

    def has_next_page(self) -> bool:
        self.first_page  # noqa: B018 - make sure the walk has started
        if self._ahead is None:
            self._ahead = self._step()
        return self._ahead is not None

    def next_page(self) -> Self:
        """Move to the next page (then ``data`` holds its items); PaginationError when there is none."""
        if not self.has_next_page():
            raise self._no_more()
        self._current, self._ahead = self._ahead, None
        return self


class AsyncPage(_PageBase[ItemT, PageT]):
    """Async `SyncPage`: ``async for item in page``; ``await page.first_page()``, ``await page.next_page()``."""

    _cursor: AsyncIterator[PageT] | None = None

    def __aiter__(self) -> AsyncIterator[ItemT]:
        items = _apaginate(self._endpoint, client=self._client, max_items=self.max_items, **self._params)
        return cast("AsyncIterator[ItemT]", items)

    def pages(self) -> AsyncIterator[PageT]:
        pages = _apaginate_pages(self._endpoint, client=self._client, _max_items=self.max_items, **self._params)
        return cast("AsyncIterator[PageT]", pages)

    iter_pages = pages

    async def _step(self) -> PageT | None:
        if self._cursor is None:
            self._cursor = cast(
                "AsyncIterator[PageT]", _apaginate_pages(self._endpoint, client=self._client, **self._params)
            )
        try:
            return await anext(self._cursor)
        except StopAsyncIteration:
            return None

    async def first_page(self) -> PageT:
        if self._current is None:
            self._current = await self._step()
            if self._current is None:
                raise self._no_more()
        return self._current

    async def data(self) -> list[ItemT]:
        """The items of the current page."""
        return self._items(await self.first_page())

    async def has_next_page(self) -> bool:
        await self.first_page()
        if self._ahead is None:
            self._ahead = await self._step()
        return self._ahead is not None

    async def next_page(self) -> Self:
        if not await self.has_next_page():
            raise self._no_more()
        self._current, self._ahead = self._ahead, None
        return self
