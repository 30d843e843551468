"""``client.enrichments``: generated from the spec's ``x-puffle-names`` records; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from puffle._calls import RawResponse, asend, checked, enum_arg, json_body, params_of, send
from puffle._pages import AsyncPage, SyncPage
from puffle._tasks import AsyncTask, Task

from ..api.enrichment import cancel_enrichment as _cancel_enrichment
from ..api.enrichment import create_enrichment as _create_enrichment
from ..api.enrichment import get_enrichment_status as _get_enrichment_status
from ..api.enrichment import list_enrichment_results as _list_enrichment_results
from ..api.enrichment import list_enrichments as _list_enrichments
from ..models.enrichment_cancel_result import EnrichmentCancelResult
from ..models.enrichment_catalog import EnrichmentCatalog
from ..models.enrichment_dispatch import EnrichmentDispatch
from ..models.enrichment_display_request import EnrichmentDisplayRequest
from ..models.enrichment_item import EnrichmentItem
from ..models.enrichment_item_page import EnrichmentItemPage
from ..models.enrichment_output_override import EnrichmentOutputOverride
from ..models.enrichment_run_request_input import EnrichmentRunRequestInput
from ..models.enrichment_run_request_mode import EnrichmentRunRequestMode
from ..models.enrichment_run_status import EnrichmentRunStatus
from ..models.enrichment_scope import EnrichmentScope
from ..models.list_enrichment_results_status import ListEnrichmentResultsStatus
from ..types import UNSET, Unset
from ._params import (
    EnrichmentDisplayRequestDict,
    EnrichmentOutputOverrideDict,
    EnrichmentRunRequestInputDict,
    EnrichmentScopeDict,
)

if TYPE_CHECKING:
    from puffle._client import AsyncPuffle, Puffle

__all__ = [
    "AsyncEnrichmentsRawResource",
    "AsyncEnrichmentsResource",
    "AsyncEnrichmentsResultsRawResource",
    "AsyncEnrichmentsResultsResource",
    "EnrichmentsRawResource",
    "EnrichmentsResource",
    "EnrichmentsResultsRawResource",
    "EnrichmentsResultsResource",
]

_ = (builtins, Literal, Any)


class EnrichmentsResource:
    """``client.enrichments``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<EnrichmentsResource of {self._client!r}>"

    @property
    def results(self) -> EnrichmentsResultsResource:
        found: EnrichmentsResultsResource | None = self.__dict__.get("_r_results")
        if found is None:
            found = self.__dict__["_r_results"] = EnrichmentsResultsResource(self._client)
        return found

    @checked
    def cancel(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EnrichmentCancelResult:
        """Cancel an enrichment run.

        Operation ``cancelEnrichment`` (low level: ``puffle_client.api.enrichment.cancel_enrichment``).
        """
        _kwargs = _cancel_enrichment._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _cancel_enrichment._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def create(
        self,
        *,
        enrichment_id: str,
        scope: EnrichmentScope | EnrichmentScopeDict,
        input_: EnrichmentRunRequestInput | EnrichmentRunRequestInputDict,
        mode: EnrichmentRunRequestMode | Literal["persisted", "preview"] | Unset = UNSET,
        output: EnrichmentOutputOverride | EnrichmentOutputOverrideDict | Unset = UNSET,
        display_request: EnrichmentDisplayRequest | EnrichmentDisplayRequestDict | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Task[EnrichmentDispatch, EnrichmentRunStatus]:
        """Start an enrichment run over a set of Leads.

                Operation ``createEnrichment`` (low level: ``puffle_client.api.enrichment.create_enrichment``).
        ``.wait(timeout=...)`` on the result polls until the task finishes."""
        _kwargs = _create_enrichment._get_kwargs(
            body=json_body(
                {
                    "enrichmentId": enrichment_id,
                    "scope": scope,
                    "input": input_,
                    "mode": mode,
                    "output": output,
                    "displayRequest": display_request,
                    "idempotencyKey": idempotency_key,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_enrichment._build_response(client=self._client, response=_response).parsed
        return Task(self._client, _create_enrichment, _parsed, {})

    @checked
    def list(
        self,
        *,
        id: str | Unset = UNSET,
        q: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EnrichmentCatalog:
        """List the enrichment catalog.

        Operation ``listEnrichments`` (low level: ``puffle_client.api.enrichment.list_enrichments``).
        """
        _kwargs = _list_enrichments._get_kwargs(
            id=id,
            q=q,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_enrichments._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def retrieve(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EnrichmentRunStatus:
        """Get the status of an enrichment run.

        Operation ``getEnrichmentStatus`` (low level: ``puffle_client.api.enrichment.get_enrichment_status``).
        """
        _kwargs = _get_enrichment_status._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_enrichment_status._build_response(client=self._client, response=_response).parsed
        return _parsed


class EnrichmentsResultsResource:
    """``client.enrichments.results``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<EnrichmentsResultsResource of {self._client!r}>"

    @checked
    def list(
        self,
        id: str,
        *,
        status: ListEnrichmentResultsStatus
        | Literal["pending", "running", "completed", "skipped", "failed"]
        | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 50,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPage[EnrichmentItem, EnrichmentItemPage]:
        """List the per-Lead results of an enrichment run.

                Operation ``listEnrichmentResults`` (low level: ``puffle_client.api.enrichment.list_enrichment_results``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return SyncPage(
            self._client,
            _list_enrichment_results,
            params_of(
                {
                    "id": id,
                    "status": enum_arg(ListEnrichmentResultsStatus, status),
                    "lead_id": lead_id,
                    "cursor": cursor,
                    "limit": limit,
                }
            ),
            max_items=max_items,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncEnrichmentsResource:
    """``client.enrichments``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncEnrichmentsResource of {self._client!r}>"

    @property
    def results(self) -> AsyncEnrichmentsResultsResource:
        found: AsyncEnrichmentsResultsResource | None = self.__dict__.get("_r_results")
        if found is None:
            found = self.__dict__["_r_results"] = AsyncEnrichmentsResultsResource(self._client)
        return found

    @checked
    async def cancel(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EnrichmentCancelResult:
        """Cancel an enrichment run.

        Operation ``cancelEnrichment`` (low level: ``puffle_client.api.enrichment.cancel_enrichment``).
        """
        _kwargs = _cancel_enrichment._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _cancel_enrichment._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def create(
        self,
        *,
        enrichment_id: str,
        scope: EnrichmentScope | EnrichmentScopeDict,
        input_: EnrichmentRunRequestInput | EnrichmentRunRequestInputDict,
        mode: EnrichmentRunRequestMode | Literal["persisted", "preview"] | Unset = UNSET,
        output: EnrichmentOutputOverride | EnrichmentOutputOverrideDict | Unset = UNSET,
        display_request: EnrichmentDisplayRequest | EnrichmentDisplayRequestDict | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncTask[EnrichmentDispatch, EnrichmentRunStatus]:
        """Start an enrichment run over a set of Leads.

                Operation ``createEnrichment`` (low level: ``puffle_client.api.enrichment.create_enrichment``).
        ``.wait(timeout=...)`` on the result polls until the task finishes."""
        _kwargs = _create_enrichment._get_kwargs(
            body=json_body(
                {
                    "enrichmentId": enrichment_id,
                    "scope": scope,
                    "input": input_,
                    "mode": mode,
                    "output": output,
                    "displayRequest": display_request,
                    "idempotencyKey": idempotency_key,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_enrichment._build_response(client=self._client, response=_response).parsed
        return AsyncTask(self._client, _create_enrichment, _parsed, {})

    @checked
    async def list(
        self,
        *,
        id: str | Unset = UNSET,
        q: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EnrichmentCatalog:
        """List the enrichment catalog.

        Operation ``listEnrichments`` (low level: ``puffle_client.api.enrichment.list_enrichments``).
        """
        _kwargs = _list_enrichments._get_kwargs(
            id=id,
            q=q,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_enrichments._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def retrieve(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EnrichmentRunStatus:
        """Get the status of an enrichment run.

        Operation ``getEnrichmentStatus`` (low level: ``puffle_client.api.enrichment.get_enrichment_status``).
        """
        _kwargs = _get_enrichment_status._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_enrichment_status._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncEnrichmentsResultsResource:
    """``client.enrichments.results``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncEnrichmentsResultsResource of {self._client!r}>"

    @checked
    def list(
        self,
        id: str,
        *,
        status: ListEnrichmentResultsStatus
        | Literal["pending", "running", "completed", "skipped", "failed"]
        | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 50,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPage[EnrichmentItem, EnrichmentItemPage]:
        """List the per-Lead results of an enrichment run.

                Operation ``listEnrichmentResults`` (low level: ``puffle_client.api.enrichment.list_enrichment_results``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return AsyncPage(
            self._client,
            _list_enrichment_results,
            params_of(
                {
                    "id": id,
                    "status": enum_arg(ListEnrichmentResultsStatus, status),
                    "lead_id": lead_id,
                    "cursor": cursor,
                    "limit": limit,
                }
            ),
            max_items=max_items,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class EnrichmentsRawResource:
    """``client.with_raw_response.enrichments``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<EnrichmentsRawResource of {self._client!r}>"

    @property
    def results(self) -> EnrichmentsResultsRawResource:
        found: EnrichmentsResultsRawResource | None = self.__dict__.get("_r_results")
        if found is None:
            found = self.__dict__["_r_results"] = EnrichmentsResultsRawResource(self._client)
        return found

    @checked
    def cancel(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EnrichmentCancelResult]:
        """Cancel an enrichment run.

        Operation ``cancelEnrichment`` (low level: ``puffle_client.api.enrichment.cancel_enrichment``).
        """
        _kwargs = _cancel_enrichment._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _cancel_enrichment._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def create(
        self,
        *,
        enrichment_id: str,
        scope: EnrichmentScope | EnrichmentScopeDict,
        input_: EnrichmentRunRequestInput | EnrichmentRunRequestInputDict,
        mode: EnrichmentRunRequestMode | Literal["persisted", "preview"] | Unset = UNSET,
        output: EnrichmentOutputOverride | EnrichmentOutputOverrideDict | Unset = UNSET,
        display_request: EnrichmentDisplayRequest | EnrichmentDisplayRequestDict | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EnrichmentDispatch]:
        """Start an enrichment run over a set of Leads.

        Operation ``createEnrichment`` (low level: ``puffle_client.api.enrichment.create_enrichment``).
        """
        _kwargs = _create_enrichment._get_kwargs(
            body=json_body(
                {
                    "enrichmentId": enrichment_id,
                    "scope": scope,
                    "input": input_,
                    "mode": mode,
                    "output": output,
                    "displayRequest": display_request,
                    "idempotencyKey": idempotency_key,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_enrichment._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def list(
        self,
        *,
        id: str | Unset = UNSET,
        q: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EnrichmentCatalog]:
        """List the enrichment catalog.

        Operation ``listEnrichments`` (low level: ``puffle_client.api.enrichment.list_enrichments``).
        """
        _kwargs = _list_enrichments._get_kwargs(
            id=id,
            q=q,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_enrichments._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def retrieve(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EnrichmentRunStatus]:
        """Get the status of an enrichment run.

        Operation ``getEnrichmentStatus`` (low level: ``puffle_client.api.enrichment.get_enrichment_status``).
        """
        _kwargs = _get_enrichment_status._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_enrichment_status._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class EnrichmentsResultsRawResource:
    """``client.with_raw_response.enrichments.results``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<EnrichmentsResultsRawResource of {self._client!r}>"

    @checked
    def list(
        self,
        id: str,
        *,
        status: ListEnrichmentResultsStatus
        | Literal["pending", "running", "completed", "skipped", "failed"]
        | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EnrichmentItemPage]:
        """List the per-Lead results of an enrichment run.

        Operation ``listEnrichmentResults`` (low level: ``puffle_client.api.enrichment.list_enrichment_results``).
        """
        _kwargs = _list_enrichment_results._get_kwargs(
            id,
            status=enum_arg(ListEnrichmentResultsStatus, status),
            lead_id=lead_id,
            cursor=cursor,
            limit=limit,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_enrichment_results._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncEnrichmentsRawResource:
    """``client.with_raw_response.enrichments``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncEnrichmentsRawResource of {self._client!r}>"

    @property
    def results(self) -> AsyncEnrichmentsResultsRawResource:
        found: AsyncEnrichmentsResultsRawResource | None = self.__dict__.get("_r_results")
        if found is None:
            found = self.__dict__["_r_results"] = AsyncEnrichmentsResultsRawResource(self._client)
        return found

    @checked
    async def cancel(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EnrichmentCancelResult]:
        """Cancel an enrichment run.

        Operation ``cancelEnrichment`` (low level: ``puffle_client.api.enrichment.cancel_enrichment``).
        """
        _kwargs = _cancel_enrichment._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _cancel_enrichment._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def create(
        self,
        *,
        enrichment_id: str,
        scope: EnrichmentScope | EnrichmentScopeDict,
        input_: EnrichmentRunRequestInput | EnrichmentRunRequestInputDict,
        mode: EnrichmentRunRequestMode | Literal["persisted", "preview"] | Unset = UNSET,
        output: EnrichmentOutputOverride | EnrichmentOutputOverrideDict | Unset = UNSET,
        display_request: EnrichmentDisplayRequest | EnrichmentDisplayRequestDict | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EnrichmentDispatch]:
        """Start an enrichment run over a set of Leads.

        Operation ``createEnrichment`` (low level: ``puffle_client.api.enrichment.create_enrichment``).
        """
        _kwargs = _create_enrichment._get_kwargs(
            body=json_body(
                {
                    "enrichmentId": enrichment_id,
                    "scope": scope,
                    "input": input_,
                    "mode": mode,
                    "output": output,
                    "displayRequest": display_request,
                    "idempotencyKey": idempotency_key,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_enrichment._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def list(
        self,
        *,
        id: str | Unset = UNSET,
        q: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EnrichmentCatalog]:
        """List the enrichment catalog.

        Operation ``listEnrichments`` (low level: ``puffle_client.api.enrichment.list_enrichments``).
        """
        _kwargs = _list_enrichments._get_kwargs(
            id=id,
            q=q,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_enrichments._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def retrieve(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EnrichmentRunStatus]:
        """Get the status of an enrichment run.

        Operation ``getEnrichmentStatus`` (low level: ``puffle_client.api.enrichment.get_enrichment_status``).
        """
        _kwargs = _get_enrichment_status._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_enrichment_status._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncEnrichmentsResultsRawResource:
    """``client.with_raw_response.enrichments.results``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncEnrichmentsResultsRawResource of {self._client!r}>"

    @checked
    async def list(
        self,
        id: str,
        *,
        status: ListEnrichmentResultsStatus
        | Literal["pending", "running", "completed", "skipped", "failed"]
        | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EnrichmentItemPage]:
        """List the per-Lead results of an enrichment run.

        Operation ``listEnrichmentResults`` (low level: ``puffle_client.api.enrichment.list_enrichment_results``).
        """
        _kwargs = _list_enrichment_results._get_kwargs(
            id,
            status=enum_arg(ListEnrichmentResultsStatus, status),
            lead_id=lead_id,
            cursor=cursor,
            limit=limit,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_enrichment_results._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)
