"""``client.lead_search``: generated from the spec's ``x-puffle-names`` records; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from puffle._calls import RawResponse, asend, checked, json_body, params_of, send
from puffle._pages import AsyncPage, SyncPage
from puffle._tasks import AsyncTask, Task

from ..api.lead_search import create_lead_search as _create_lead_search
from ..api.lead_search import list_lead_search_results as _list_lead_search_results
from ..api.lead_search import list_lead_searches as _list_lead_searches
from ..models.lead_search_create_response import LeadSearchCreateResponse
from ..models.lead_search_result import LeadSearchResult
from ..models.list_lead_search_results_response import ListLeadSearchResultsResponse
from ..models.list_lead_searches_response import ListLeadSearchesResponse
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from puffle._client import AsyncPuffle, Puffle

__all__ = [
    "AsyncLeadSearchRawResource",
    "AsyncLeadSearchResource",
    "AsyncLeadSearchResultsRawResource",
    "AsyncLeadSearchResultsResource",
    "LeadSearchRawResource",
    "LeadSearchResource",
    "LeadSearchResultsRawResource",
    "LeadSearchResultsResource",
]

_ = (builtins, Literal, Any)


class LeadSearchResource:
    """``client.lead_search``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<LeadSearchResource of {self._client!r}>"

    @property
    def results(self) -> LeadSearchResultsResource:
        found: LeadSearchResultsResource | None = self.__dict__.get("_r_results")
        if found is None:
            found = self.__dict__["_r_results"] = LeadSearchResultsResource(self._client)
        return found

    @checked
    def create(
        self,
        *,
        prompt: str,
        fetch_count: int,
        list_id: str | Unset = UNSET,
        list_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Task[LeadSearchCreateResponse, ListLeadSearchesResponse]:
        """Start an AI lead search.

                Operation ``createLeadSearch`` (low level: ``puffle_client.api.lead_search.create_lead_search``).
        ``.wait(timeout=...)`` on the result polls until the task finishes."""
        _kwargs = _create_lead_search._get_kwargs(
            body=json_body(
                {
                    "prompt": prompt,
                    "fetch_count": fetch_count,
                    "listId": list_id,
                    "listName": list_name,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_lead_search._build_response(client=self._client, response=_response).parsed
        return Task(self._client, _create_lead_search, _parsed, {})

    @checked
    def list(
        self,
        *,
        task_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListLeadSearchesResponse:
        """List recent lead searches or poll one.

        Operation ``listLeadSearches`` (low level: ``puffle_client.api.lead_search.list_lead_searches``).
        """
        _kwargs = _list_lead_searches._get_kwargs(
            task_id=task_id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_lead_searches._build_response(client=self._client, response=_response).parsed
        return _parsed


class LeadSearchResultsResource:
    """``client.lead_search.results``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<LeadSearchResultsResource of {self._client!r}>"

    @checked
    def list(
        self,
        *,
        task_id: str,
        offset: int | Unset = 0,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPage[LeadSearchResult, ListLeadSearchResultsResponse]:
        """List raw rows saved by a lead search.

                Operation ``listLeadSearchResults`` (low level: ``puffle_client.api.lead_search.list_lead_search_results``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return SyncPage(
            self._client,
            _list_lead_search_results,
            params_of(
                {
                    "task_id": task_id,
                    "offset": offset,
                    "limit": limit,
                }
            ),
            max_items=max_items,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncLeadSearchResource:
    """``client.lead_search``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncLeadSearchResource of {self._client!r}>"

    @property
    def results(self) -> AsyncLeadSearchResultsResource:
        found: AsyncLeadSearchResultsResource | None = self.__dict__.get("_r_results")
        if found is None:
            found = self.__dict__["_r_results"] = AsyncLeadSearchResultsResource(self._client)
        return found

    @checked
    async def create(
        self,
        *,
        prompt: str,
        fetch_count: int,
        list_id: str | Unset = UNSET,
        list_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncTask[LeadSearchCreateResponse, ListLeadSearchesResponse]:
        """Start an AI lead search.

                Operation ``createLeadSearch`` (low level: ``puffle_client.api.lead_search.create_lead_search``).
        ``.wait(timeout=...)`` on the result polls until the task finishes."""
        _kwargs = _create_lead_search._get_kwargs(
            body=json_body(
                {
                    "prompt": prompt,
                    "fetch_count": fetch_count,
                    "listId": list_id,
                    "listName": list_name,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_lead_search._build_response(client=self._client, response=_response).parsed
        return AsyncTask(self._client, _create_lead_search, _parsed, {})

    @checked
    async def list(
        self,
        *,
        task_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListLeadSearchesResponse:
        """List recent lead searches or poll one.

        Operation ``listLeadSearches`` (low level: ``puffle_client.api.lead_search.list_lead_searches``).
        """
        _kwargs = _list_lead_searches._get_kwargs(
            task_id=task_id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_lead_searches._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncLeadSearchResultsResource:
    """``client.lead_search.results``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncLeadSearchResultsResource of {self._client!r}>"

    @checked
    def list(
        self,
        *,
        task_id: str,
        offset: int | Unset = 0,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPage[LeadSearchResult, ListLeadSearchResultsResponse]:
        """List raw rows saved by a lead search.

                Operation ``listLeadSearchResults`` (low level: ``puffle_client.api.lead_search.list_lead_search_results``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return AsyncPage(
            self._client,
            _list_lead_search_results,
            params_of(
                {
                    "task_id": task_id,
                    "offset": offset,
                    "limit": limit,
                }
            ),
            max_items=max_items,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class LeadSearchRawResource:
    """``client.with_raw_response.lead_search``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<LeadSearchRawResource of {self._client!r}>"

    @property
    def results(self) -> LeadSearchResultsRawResource:
        found: LeadSearchResultsRawResource | None = self.__dict__.get("_r_results")
        if found is None:
            found = self.__dict__["_r_results"] = LeadSearchResultsRawResource(self._client)
        return found

    @checked
    def create(
        self,
        *,
        prompt: str,
        fetch_count: int,
        list_id: str | Unset = UNSET,
        list_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[LeadSearchCreateResponse]:
        """Start an AI lead search.

        Operation ``createLeadSearch`` (low level: ``puffle_client.api.lead_search.create_lead_search``).
        """
        _kwargs = _create_lead_search._get_kwargs(
            body=json_body(
                {
                    "prompt": prompt,
                    "fetch_count": fetch_count,
                    "listId": list_id,
                    "listName": list_name,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_lead_search._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def list(
        self,
        *,
        task_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListLeadSearchesResponse]:
        """List recent lead searches or poll one.

        Operation ``listLeadSearches`` (low level: ``puffle_client.api.lead_search.list_lead_searches``).
        """
        _kwargs = _list_lead_searches._get_kwargs(
            task_id=task_id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_lead_searches._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class LeadSearchResultsRawResource:
    """``client.with_raw_response.lead_search.results``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<LeadSearchResultsRawResource of {self._client!r}>"

    @checked
    def list(
        self,
        *,
        task_id: str,
        offset: int | Unset = 0,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListLeadSearchResultsResponse]:
        """List raw rows saved by a lead search.

        Operation ``listLeadSearchResults`` (low level: ``puffle_client.api.lead_search.list_lead_search_results``).
        """
        _kwargs = _list_lead_search_results._get_kwargs(
            task_id=task_id,
            offset=offset,
            limit=limit,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_lead_search_results._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncLeadSearchRawResource:
    """``client.with_raw_response.lead_search``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncLeadSearchRawResource of {self._client!r}>"

    @property
    def results(self) -> AsyncLeadSearchResultsRawResource:
        found: AsyncLeadSearchResultsRawResource | None = self.__dict__.get("_r_results")
        if found is None:
            found = self.__dict__["_r_results"] = AsyncLeadSearchResultsRawResource(self._client)
        return found

    @checked
    async def create(
        self,
        *,
        prompt: str,
        fetch_count: int,
        list_id: str | Unset = UNSET,
        list_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[LeadSearchCreateResponse]:
        """Start an AI lead search.

        Operation ``createLeadSearch`` (low level: ``puffle_client.api.lead_search.create_lead_search``).
        """
        _kwargs = _create_lead_search._get_kwargs(
            body=json_body(
                {
                    "prompt": prompt,
                    "fetch_count": fetch_count,
                    "listId": list_id,
                    "listName": list_name,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_lead_search._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def list(
        self,
        *,
        task_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListLeadSearchesResponse]:
        """List recent lead searches or poll one.

        Operation ``listLeadSearches`` (low level: ``puffle_client.api.lead_search.list_lead_searches``).
        """
        _kwargs = _list_lead_searches._get_kwargs(
            task_id=task_id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_lead_searches._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncLeadSearchResultsRawResource:
    """``client.with_raw_response.lead_search.results``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncLeadSearchResultsRawResource of {self._client!r}>"

    @checked
    async def list(
        self,
        *,
        task_id: str,
        offset: int | Unset = 0,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListLeadSearchResultsResponse]:
        """List raw rows saved by a lead search.

        Operation ``listLeadSearchResults`` (low level: ``puffle_client.api.lead_search.list_lead_search_results``).
        """
        _kwargs = _list_lead_search_results._get_kwargs(
            task_id=task_id,
            offset=offset,
            limit=limit,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_lead_search_results._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)
