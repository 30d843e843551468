"""``client.signals``: generated from the spec's ``x-puffle-names`` records; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from puffle._calls import RawResponse, asend, checked, enum_arg, json_body, params_of, send
from puffle._pages import AsyncPage, SyncPage
from puffle._tasks import AsyncTask, Task

from ..api.signals import create_signal_search as _create_signal_search
from ..api.signals import create_signal_type as _create_signal_type
from ..api.signals import delete_signal_types as _delete_signal_types
from ..api.signals import generate_signal_messages as _generate_signal_messages
from ..api.signals import get_signal_analytics as _get_signal_analytics
from ..api.signals import get_signals_settings as _get_signals_settings
from ..api.signals import list_signal_leads as _list_signal_leads
from ..api.signals import list_signal_searches as _list_signal_searches
from ..api.signals import list_signal_types as _list_signal_types
from ..api.signals import list_signals as _list_signals
from ..api.signals import update_signal_leads as _update_signal_leads
from ..api.signals import update_signal_sources as _update_signal_sources
from ..api.signals import update_signal_types as _update_signal_types
from ..api.signals import update_signals as _update_signals
from ..api.signals import update_signals_settings as _update_signals_settings
from ..models.get_signal_analytics_type import GetSignalAnalyticsType
from ..models.list_signal_leads_group_by import ListSignalLeadsGroupBy
from ..models.list_signal_leads_sort_by import ListSignalLeadsSortBy
from ..models.signal import Signal
from ..models.signal_analytics_response import SignalAnalyticsResponse
from ..models.signal_batch_delete_result import SignalBatchDeleteResult
from ..models.signal_batch_update_result import SignalBatchUpdateResult
from ..models.signal_generate_item import SignalGenerateItem
from ..models.signal_generate_response import SignalGenerateResponse
from ..models.signal_keyword_stat import SignalKeywordStat
from ..models.signal_lead import SignalLead
from ..models.signal_lead_list_response import SignalLeadListResponse
from ..models.signal_lead_update import SignalLeadUpdate
from ..models.signal_list_response import SignalListResponse
from ..models.signal_search import SignalSearch
from ..models.signal_search_created import SignalSearchCreated
from ..models.signal_search_list_response import SignalSearchListResponse
from ..models.signal_source_update import SignalSourceUpdate
from ..models.signal_type_list_response import SignalTypeListResponse
from ..models.signal_type_response import SignalTypeResponse
from ..models.signal_type_source_override import SignalTypeSourceOverride
from ..models.signal_type_update import SignalTypeUpdate
from ..models.signal_update import SignalUpdate
from ..models.signals_settings import SignalsSettings
from ..types import UNSET, Unset
from ._params import (
    SignalGenerateItemDict,
    SignalLeadUpdateDict,
    SignalSourceUpdateDict,
    SignalTypeSourceOverrideDict,
    SignalTypeUpdateDict,
    SignalUpdateDict,
)

if TYPE_CHECKING:
    from puffle._client import AsyncPuffle, Puffle

__all__ = [
    "AsyncSignalsAnalyticsRawResource",
    "AsyncSignalsAnalyticsResource",
    "AsyncSignalsLeadsRawResource",
    "AsyncSignalsLeadsResource",
    "AsyncSignalsRawResource",
    "AsyncSignalsResource",
    "AsyncSignalsSearchesRawResource",
    "AsyncSignalsSearchesResource",
    "AsyncSignalsSettingsRawResource",
    "AsyncSignalsSettingsResource",
    "AsyncSignalsSourcesRawResource",
    "AsyncSignalsSourcesResource",
    "AsyncSignalsTypesRawResource",
    "AsyncSignalsTypesResource",
    "SignalsAnalyticsRawResource",
    "SignalsAnalyticsResource",
    "SignalsLeadsRawResource",
    "SignalsLeadsResource",
    "SignalsRawResource",
    "SignalsResource",
    "SignalsSearchesRawResource",
    "SignalsSearchesResource",
    "SignalsSettingsRawResource",
    "SignalsSettingsResource",
    "SignalsSourcesRawResource",
    "SignalsSourcesResource",
    "SignalsTypesRawResource",
    "SignalsTypesResource",
]

_ = (builtins, Literal, Any)


class SignalsResource:
    """``client.signals``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SignalsResource of {self._client!r}>"

    @property
    def analytics(self) -> SignalsAnalyticsResource:
        found: SignalsAnalyticsResource | None = self.__dict__.get("_r_analytics")
        if found is None:
            found = self.__dict__["_r_analytics"] = SignalsAnalyticsResource(self._client)
        return found

    @property
    def leads(self) -> SignalsLeadsResource:
        found: SignalsLeadsResource | None = self.__dict__.get("_r_leads")
        if found is None:
            found = self.__dict__["_r_leads"] = SignalsLeadsResource(self._client)
        return found

    @property
    def searches(self) -> SignalsSearchesResource:
        found: SignalsSearchesResource | None = self.__dict__.get("_r_searches")
        if found is None:
            found = self.__dict__["_r_searches"] = SignalsSearchesResource(self._client)
        return found

    @property
    def settings(self) -> SignalsSettingsResource:
        found: SignalsSettingsResource | None = self.__dict__.get("_r_settings")
        if found is None:
            found = self.__dict__["_r_settings"] = SignalsSettingsResource(self._client)
        return found

    @property
    def sources(self) -> SignalsSourcesResource:
        found: SignalsSourcesResource | None = self.__dict__.get("_r_sources")
        if found is None:
            found = self.__dict__["_r_sources"] = SignalsSourcesResource(self._client)
        return found

    @property
    def types(self) -> SignalsTypesResource:
        found: SignalsTypesResource | None = self.__dict__.get("_r_types")
        if found is None:
            found = self.__dict__["_r_types"] = SignalsTypesResource(self._client)
        return found

    @checked
    def generate_messages(
        self,
        *,
        items: builtins.list[SignalGenerateItem | SignalGenerateItemDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalGenerateResponse:
        """Draft outreach for signals.

        Operation ``generateSignalMessages`` (low level: ``puffle_client.api.signals.generate_signal_messages``).
        """
        _kwargs = _generate_signal_messages._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _generate_signal_messages._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def list(
        self,
        *,
        sort_by: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        ids: str | Unset = UNSET,
        since: str | Unset = UNSET,
        min_score: float | Unset = UNSET,
        include_dismissed: bool | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPage[Signal, SignalListResponse]:
        """List signals.

                Operation ``listSignals`` (low level: ``puffle_client.api.signals.list_signals``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return SyncPage(
            self._client,
            _list_signals,
            params_of(
                {
                    "sort_by": sort_by,
                    "group_by": group_by,
                    "ids": ids,
                    "since": since,
                    "min_score": min_score,
                    "include_dismissed": include_dismissed,
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

    @checked
    def update(
        self,
        *,
        items: builtins.list[SignalUpdate | SignalUpdateDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalBatchUpdateResult:
        """Update signals in bulk.

        Operation ``updateSignals`` (low level: ``puffle_client.api.signals.update_signals``).
        """
        _kwargs = _update_signals._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signals._build_response(client=self._client, response=_response).parsed
        return _parsed


class SignalsAnalyticsResource:
    """``client.signals.analytics``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SignalsAnalyticsResource of {self._client!r}>"

    @checked
    def list(
        self,
        *,
        type_: GetSignalAnalyticsType | Literal["keywords", "keyword-runs"],
        signal_type_id: str | Unset = UNSET,
        source_id: str | Unset = UNSET,
        min_score: float | Unset = UNSET,
        keyword_id: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPage[SignalKeywordStat, SignalAnalyticsResponse]:
        """Get keyword analytics.

                Operation ``getSignalAnalytics`` (low level: ``puffle_client.api.signals.get_signal_analytics``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return SyncPage(
            self._client,
            _get_signal_analytics,
            params_of(
                {
                    "type_": enum_arg(GetSignalAnalyticsType, type_),
                    "signal_type_id": signal_type_id,
                    "source_id": source_id,
                    "min_score": min_score,
                    "keyword_id": keyword_id,
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


class SignalsLeadsResource:
    """``client.signals.leads``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SignalsLeadsResource of {self._client!r}>"

    @checked
    def list(
        self,
        *,
        group_by: ListSignalLeadsGroupBy | Literal["person", "company"] | Unset = ListSignalLeadsGroupBy.PERSON,
        sort_by: ListSignalLeadsSortBy | Literal["recency", "signalCount", "topScore"] | Unset = UNSET,
        ids: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPage[SignalLead, SignalLeadListResponse]:
        """List people or companies behind signals.

                Operation ``listSignalLeads`` (low level: ``puffle_client.api.signals.list_signal_leads``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return SyncPage(
            self._client,
            _list_signal_leads,
            params_of(
                {
                    "group_by": enum_arg(ListSignalLeadsGroupBy, group_by),
                    "sort_by": enum_arg(ListSignalLeadsSortBy, sort_by),
                    "ids": ids,
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

    @checked
    def update(
        self,
        *,
        items: builtins.list[SignalLeadUpdate | SignalLeadUpdateDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalBatchUpdateResult:
        """Set the status of signal leads.

        Operation ``updateSignalLeads`` (low level: ``puffle_client.api.signals.update_signal_leads``).
        """
        _kwargs = _update_signal_leads._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signal_leads._build_response(client=self._client, response=_response).parsed
        return _parsed


class SignalsSearchesResource:
    """``client.signals.searches``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SignalsSearchesResource of {self._client!r}>"

    @checked
    def create(
        self,
        *,
        query: str,
        filter_prompt: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Task[SignalSearchCreated, SignalSearchListResponse]:
        """Start a signal search.

                Operation ``createSignalSearch`` (low level: ``puffle_client.api.signals.create_signal_search``).
        ``.wait(timeout=...)`` on the result polls until the task finishes."""
        _kwargs = _create_signal_search._get_kwargs(
            body=json_body(
                {
                    "query": query,
                    "filterPrompt": filter_prompt,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_signal_search._build_response(client=self._client, response=_response).parsed
        return Task(self._client, _create_signal_search, _parsed, {})

    @checked
    def list(
        self,
        *,
        ids: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPage[SignalSearch, SignalSearchListResponse]:
        """List signal searches.

                Operation ``listSignalSearches`` (low level: ``puffle_client.api.signals.list_signal_searches``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return SyncPage(
            self._client,
            _list_signal_searches,
            params_of(
                {
                    "ids": ids,
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


class SignalsSettingsResource:
    """``client.signals.settings``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SignalsSettingsResource of {self._client!r}>"

    @checked
    def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalsSettings:
        """Get signal scan settings.

        Operation ``getSignalsSettings`` (low level: ``puffle_client.api.signals.get_signals_settings``).
        """
        _kwargs = _get_signals_settings._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_signals_settings._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def update(
        self,
        *,
        paused: bool | Unset = UNSET,
        scan_time_utc: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalsSettings:
        """Update signal scan settings.

        Operation ``updateSignalsSettings`` (low level: ``puffle_client.api.signals.update_signals_settings``).
        """
        _kwargs = _update_signals_settings._get_kwargs(
            body=json_body(
                {
                    "paused": paused,
                    "scanTimeUtc": scan_time_utc,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signals_settings._build_response(client=self._client, response=_response).parsed
        return _parsed


class SignalsSourcesResource:
    """``client.signals.sources``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SignalsSourcesResource of {self._client!r}>"

    @checked
    def update(
        self,
        *,
        items: builtins.list[SignalSourceUpdate | SignalSourceUpdateDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalBatchUpdateResult:
        """Configure signal sources in bulk.

        Operation ``updateSignalSources`` (low level: ``puffle_client.api.signals.update_signal_sources``).
        """
        _kwargs = _update_signal_sources._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signal_sources._build_response(client=self._client, response=_response).parsed
        return _parsed


class SignalsTypesResource:
    """``client.signals.types``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SignalsTypesResource of {self._client!r}>"

    @checked
    def create(
        self,
        *,
        label: str,
        description: str | Unset = UNSET,
        keywords: builtins.list[str] | Unset = UNSET,
        prompt: str | Unset = UNSET,
        allowed_sources: builtins.list[str] | Unset = UNSET,
        source_overrides: builtins.list[SignalTypeSourceOverride | SignalTypeSourceOverrideDict] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalTypeResponse:
        """Create a custom signal type.

        Operation ``createSignalType`` (low level: ``puffle_client.api.signals.create_signal_type``).
        """
        _kwargs = _create_signal_type._get_kwargs(
            body=json_body(
                {
                    "label": label,
                    "description": description,
                    "keywords": keywords,
                    "prompt": prompt,
                    "allowedSources": allowed_sources,
                    "sourceOverrides": source_overrides,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_signal_type._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def delete(
        self,
        *,
        ids: builtins.list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalBatchDeleteResult:
        """Delete custom signal types.

        Operation ``deleteSignalTypes`` (low level: ``puffle_client.api.signals.delete_signal_types``).
        """
        _kwargs = _delete_signal_types._get_kwargs(
            body=json_body(
                {
                    "ids": ids,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_signal_types._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def list(
        self,
        *,
        ids: str | Unset = UNSET,
        skip_source_enable: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalTypeListResponse:
        """List signal types.

        Operation ``listSignalTypes`` (low level: ``puffle_client.api.signals.list_signal_types``).
        """
        _kwargs = _list_signal_types._get_kwargs(
            ids=ids,
            skip_source_enable=skip_source_enable,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_signal_types._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def update(
        self,
        *,
        items: builtins.list[SignalTypeUpdate | SignalTypeUpdateDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalBatchUpdateResult:
        """Update signal types in bulk.

        Operation ``updateSignalTypes`` (low level: ``puffle_client.api.signals.update_signal_types``).
        """
        _kwargs = _update_signal_types._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signal_types._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncSignalsResource:
    """``client.signals``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSignalsResource of {self._client!r}>"

    @property
    def analytics(self) -> AsyncSignalsAnalyticsResource:
        found: AsyncSignalsAnalyticsResource | None = self.__dict__.get("_r_analytics")
        if found is None:
            found = self.__dict__["_r_analytics"] = AsyncSignalsAnalyticsResource(self._client)
        return found

    @property
    def leads(self) -> AsyncSignalsLeadsResource:
        found: AsyncSignalsLeadsResource | None = self.__dict__.get("_r_leads")
        if found is None:
            found = self.__dict__["_r_leads"] = AsyncSignalsLeadsResource(self._client)
        return found

    @property
    def searches(self) -> AsyncSignalsSearchesResource:
        found: AsyncSignalsSearchesResource | None = self.__dict__.get("_r_searches")
        if found is None:
            found = self.__dict__["_r_searches"] = AsyncSignalsSearchesResource(self._client)
        return found

    @property
    def settings(self) -> AsyncSignalsSettingsResource:
        found: AsyncSignalsSettingsResource | None = self.__dict__.get("_r_settings")
        if found is None:
            found = self.__dict__["_r_settings"] = AsyncSignalsSettingsResource(self._client)
        return found

    @property
    def sources(self) -> AsyncSignalsSourcesResource:
        found: AsyncSignalsSourcesResource | None = self.__dict__.get("_r_sources")
        if found is None:
            found = self.__dict__["_r_sources"] = AsyncSignalsSourcesResource(self._client)
        return found

    @property
    def types(self) -> AsyncSignalsTypesResource:
        found: AsyncSignalsTypesResource | None = self.__dict__.get("_r_types")
        if found is None:
            found = self.__dict__["_r_types"] = AsyncSignalsTypesResource(self._client)
        return found

    @checked
    async def generate_messages(
        self,
        *,
        items: builtins.list[SignalGenerateItem | SignalGenerateItemDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalGenerateResponse:
        """Draft outreach for signals.

        Operation ``generateSignalMessages`` (low level: ``puffle_client.api.signals.generate_signal_messages``).
        """
        _kwargs = _generate_signal_messages._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _generate_signal_messages._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def list(
        self,
        *,
        sort_by: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        ids: str | Unset = UNSET,
        since: str | Unset = UNSET,
        min_score: float | Unset = UNSET,
        include_dismissed: bool | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPage[Signal, SignalListResponse]:
        """List signals.

                Operation ``listSignals`` (low level: ``puffle_client.api.signals.list_signals``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return AsyncPage(
            self._client,
            _list_signals,
            params_of(
                {
                    "sort_by": sort_by,
                    "group_by": group_by,
                    "ids": ids,
                    "since": since,
                    "min_score": min_score,
                    "include_dismissed": include_dismissed,
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

    @checked
    async def update(
        self,
        *,
        items: builtins.list[SignalUpdate | SignalUpdateDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalBatchUpdateResult:
        """Update signals in bulk.

        Operation ``updateSignals`` (low level: ``puffle_client.api.signals.update_signals``).
        """
        _kwargs = _update_signals._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signals._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncSignalsAnalyticsResource:
    """``client.signals.analytics``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSignalsAnalyticsResource of {self._client!r}>"

    @checked
    def list(
        self,
        *,
        type_: GetSignalAnalyticsType | Literal["keywords", "keyword-runs"],
        signal_type_id: str | Unset = UNSET,
        source_id: str | Unset = UNSET,
        min_score: float | Unset = UNSET,
        keyword_id: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPage[SignalKeywordStat, SignalAnalyticsResponse]:
        """Get keyword analytics.

                Operation ``getSignalAnalytics`` (low level: ``puffle_client.api.signals.get_signal_analytics``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return AsyncPage(
            self._client,
            _get_signal_analytics,
            params_of(
                {
                    "type_": enum_arg(GetSignalAnalyticsType, type_),
                    "signal_type_id": signal_type_id,
                    "source_id": source_id,
                    "min_score": min_score,
                    "keyword_id": keyword_id,
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


class AsyncSignalsLeadsResource:
    """``client.signals.leads``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSignalsLeadsResource of {self._client!r}>"

    @checked
    def list(
        self,
        *,
        group_by: ListSignalLeadsGroupBy | Literal["person", "company"] | Unset = ListSignalLeadsGroupBy.PERSON,
        sort_by: ListSignalLeadsSortBy | Literal["recency", "signalCount", "topScore"] | Unset = UNSET,
        ids: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPage[SignalLead, SignalLeadListResponse]:
        """List people or companies behind signals.

                Operation ``listSignalLeads`` (low level: ``puffle_client.api.signals.list_signal_leads``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return AsyncPage(
            self._client,
            _list_signal_leads,
            params_of(
                {
                    "group_by": enum_arg(ListSignalLeadsGroupBy, group_by),
                    "sort_by": enum_arg(ListSignalLeadsSortBy, sort_by),
                    "ids": ids,
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

    @checked
    async def update(
        self,
        *,
        items: builtins.list[SignalLeadUpdate | SignalLeadUpdateDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalBatchUpdateResult:
        """Set the status of signal leads.

        Operation ``updateSignalLeads`` (low level: ``puffle_client.api.signals.update_signal_leads``).
        """
        _kwargs = _update_signal_leads._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signal_leads._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncSignalsSearchesResource:
    """``client.signals.searches``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSignalsSearchesResource of {self._client!r}>"

    @checked
    async def create(
        self,
        *,
        query: str,
        filter_prompt: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncTask[SignalSearchCreated, SignalSearchListResponse]:
        """Start a signal search.

                Operation ``createSignalSearch`` (low level: ``puffle_client.api.signals.create_signal_search``).
        ``.wait(timeout=...)`` on the result polls until the task finishes."""
        _kwargs = _create_signal_search._get_kwargs(
            body=json_body(
                {
                    "query": query,
                    "filterPrompt": filter_prompt,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_signal_search._build_response(client=self._client, response=_response).parsed
        return AsyncTask(self._client, _create_signal_search, _parsed, {})

    @checked
    def list(
        self,
        *,
        ids: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPage[SignalSearch, SignalSearchListResponse]:
        """List signal searches.

                Operation ``listSignalSearches`` (low level: ``puffle_client.api.signals.list_signal_searches``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return AsyncPage(
            self._client,
            _list_signal_searches,
            params_of(
                {
                    "ids": ids,
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


class AsyncSignalsSettingsResource:
    """``client.signals.settings``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSignalsSettingsResource of {self._client!r}>"

    @checked
    async def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalsSettings:
        """Get signal scan settings.

        Operation ``getSignalsSettings`` (low level: ``puffle_client.api.signals.get_signals_settings``).
        """
        _kwargs = _get_signals_settings._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_signals_settings._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def update(
        self,
        *,
        paused: bool | Unset = UNSET,
        scan_time_utc: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalsSettings:
        """Update signal scan settings.

        Operation ``updateSignalsSettings`` (low level: ``puffle_client.api.signals.update_signals_settings``).
        """
        _kwargs = _update_signals_settings._get_kwargs(
            body=json_body(
                {
                    "paused": paused,
                    "scanTimeUtc": scan_time_utc,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signals_settings._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncSignalsSourcesResource:
    """``client.signals.sources``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSignalsSourcesResource of {self._client!r}>"

    @checked
    async def update(
        self,
        *,
        items: builtins.list[SignalSourceUpdate | SignalSourceUpdateDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalBatchUpdateResult:
        """Configure signal sources in bulk.

        Operation ``updateSignalSources`` (low level: ``puffle_client.api.signals.update_signal_sources``).
        """
        _kwargs = _update_signal_sources._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signal_sources._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncSignalsTypesResource:
    """``client.signals.types``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSignalsTypesResource of {self._client!r}>"

    @checked
    async def create(
        self,
        *,
        label: str,
        description: str | Unset = UNSET,
        keywords: builtins.list[str] | Unset = UNSET,
        prompt: str | Unset = UNSET,
        allowed_sources: builtins.list[str] | Unset = UNSET,
        source_overrides: builtins.list[SignalTypeSourceOverride | SignalTypeSourceOverrideDict] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalTypeResponse:
        """Create a custom signal type.

        Operation ``createSignalType`` (low level: ``puffle_client.api.signals.create_signal_type``).
        """
        _kwargs = _create_signal_type._get_kwargs(
            body=json_body(
                {
                    "label": label,
                    "description": description,
                    "keywords": keywords,
                    "prompt": prompt,
                    "allowedSources": allowed_sources,
                    "sourceOverrides": source_overrides,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_signal_type._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def delete(
        self,
        *,
        ids: builtins.list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalBatchDeleteResult:
        """Delete custom signal types.

        Operation ``deleteSignalTypes`` (low level: ``puffle_client.api.signals.delete_signal_types``).
        """
        _kwargs = _delete_signal_types._get_kwargs(
            body=json_body(
                {
                    "ids": ids,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_signal_types._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def list(
        self,
        *,
        ids: str | Unset = UNSET,
        skip_source_enable: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalTypeListResponse:
        """List signal types.

        Operation ``listSignalTypes`` (low level: ``puffle_client.api.signals.list_signal_types``).
        """
        _kwargs = _list_signal_types._get_kwargs(
            ids=ids,
            skip_source_enable=skip_source_enable,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_signal_types._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def update(
        self,
        *,
        items: builtins.list[SignalTypeUpdate | SignalTypeUpdateDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SignalBatchUpdateResult:
        """Update signal types in bulk.

        Operation ``updateSignalTypes`` (low level: ``puffle_client.api.signals.update_signal_types``).
        """
        _kwargs = _update_signal_types._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signal_types._build_response(client=self._client, response=_response).parsed
        return _parsed


class SignalsRawResource:
    """``client.with_raw_response.signals``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SignalsRawResource of {self._client!r}>"

    @property
    def analytics(self) -> SignalsAnalyticsRawResource:
        found: SignalsAnalyticsRawResource | None = self.__dict__.get("_r_analytics")
        if found is None:
            found = self.__dict__["_r_analytics"] = SignalsAnalyticsRawResource(self._client)
        return found

    @property
    def leads(self) -> SignalsLeadsRawResource:
        found: SignalsLeadsRawResource | None = self.__dict__.get("_r_leads")
        if found is None:
            found = self.__dict__["_r_leads"] = SignalsLeadsRawResource(self._client)
        return found

    @property
    def searches(self) -> SignalsSearchesRawResource:
        found: SignalsSearchesRawResource | None = self.__dict__.get("_r_searches")
        if found is None:
            found = self.__dict__["_r_searches"] = SignalsSearchesRawResource(self._client)
        return found

    @property
    def settings(self) -> SignalsSettingsRawResource:
        found: SignalsSettingsRawResource | None = self.__dict__.get("_r_settings")
        if found is None:
            found = self.__dict__["_r_settings"] = SignalsSettingsRawResource(self._client)
        return found

    @property
    def sources(self) -> SignalsSourcesRawResource:
        found: SignalsSourcesRawResource | None = self.__dict__.get("_r_sources")
        if found is None:
            found = self.__dict__["_r_sources"] = SignalsSourcesRawResource(self._client)
        return found

    @property
    def types(self) -> SignalsTypesRawResource:
        found: SignalsTypesRawResource | None = self.__dict__.get("_r_types")
        if found is None:
            found = self.__dict__["_r_types"] = SignalsTypesRawResource(self._client)
        return found

    @checked
    def generate_messages(
        self,
        *,
        items: builtins.list[SignalGenerateItem | SignalGenerateItemDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalGenerateResponse]:
        """Draft outreach for signals.

        Operation ``generateSignalMessages`` (low level: ``puffle_client.api.signals.generate_signal_messages``).
        """
        _kwargs = _generate_signal_messages._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _generate_signal_messages._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def list(
        self,
        *,
        sort_by: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        ids: str | Unset = UNSET,
        since: str | Unset = UNSET,
        min_score: float | Unset = UNSET,
        include_dismissed: bool | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalListResponse]:
        """List signals.

        Operation ``listSignals`` (low level: ``puffle_client.api.signals.list_signals``).
        """
        _kwargs = _list_signals._get_kwargs(
            sort_by=sort_by,
            group_by=group_by,
            ids=ids,
            since=since,
            min_score=min_score,
            include_dismissed=include_dismissed,
            cursor=cursor,
            limit=limit,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_signals._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def update(
        self,
        *,
        items: builtins.list[SignalUpdate | SignalUpdateDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalBatchUpdateResult]:
        """Update signals in bulk.

        Operation ``updateSignals`` (low level: ``puffle_client.api.signals.update_signals``).
        """
        _kwargs = _update_signals._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signals._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class SignalsAnalyticsRawResource:
    """``client.with_raw_response.signals.analytics``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SignalsAnalyticsRawResource of {self._client!r}>"

    @checked
    def list(
        self,
        *,
        type_: GetSignalAnalyticsType | Literal["keywords", "keyword-runs"],
        signal_type_id: str | Unset = UNSET,
        source_id: str | Unset = UNSET,
        min_score: float | Unset = UNSET,
        keyword_id: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalAnalyticsResponse]:
        """Get keyword analytics.

        Operation ``getSignalAnalytics`` (low level: ``puffle_client.api.signals.get_signal_analytics``).
        """
        _kwargs = _get_signal_analytics._get_kwargs(
            type_=enum_arg(GetSignalAnalyticsType, type_),
            signal_type_id=signal_type_id,
            source_id=source_id,
            min_score=min_score,
            keyword_id=keyword_id,
            cursor=cursor,
            limit=limit,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_signal_analytics._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class SignalsLeadsRawResource:
    """``client.with_raw_response.signals.leads``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SignalsLeadsRawResource of {self._client!r}>"

    @checked
    def list(
        self,
        *,
        group_by: ListSignalLeadsGroupBy | Literal["person", "company"] | Unset = ListSignalLeadsGroupBy.PERSON,
        sort_by: ListSignalLeadsSortBy | Literal["recency", "signalCount", "topScore"] | Unset = UNSET,
        ids: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalLeadListResponse]:
        """List people or companies behind signals.

        Operation ``listSignalLeads`` (low level: ``puffle_client.api.signals.list_signal_leads``).
        """
        _kwargs = _list_signal_leads._get_kwargs(
            group_by=enum_arg(ListSignalLeadsGroupBy, group_by),
            sort_by=enum_arg(ListSignalLeadsSortBy, sort_by),
            ids=ids,
            cursor=cursor,
            limit=limit,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_signal_leads._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def update(
        self,
        *,
        items: builtins.list[SignalLeadUpdate | SignalLeadUpdateDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalBatchUpdateResult]:
        """Set the status of signal leads.

        Operation ``updateSignalLeads`` (low level: ``puffle_client.api.signals.update_signal_leads``).
        """
        _kwargs = _update_signal_leads._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signal_leads._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class SignalsSearchesRawResource:
    """``client.with_raw_response.signals.searches``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SignalsSearchesRawResource of {self._client!r}>"

    @checked
    def create(
        self,
        *,
        query: str,
        filter_prompt: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalSearchCreated]:
        """Start a signal search.

        Operation ``createSignalSearch`` (low level: ``puffle_client.api.signals.create_signal_search``).
        """
        _kwargs = _create_signal_search._get_kwargs(
            body=json_body(
                {
                    "query": query,
                    "filterPrompt": filter_prompt,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_signal_search._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def list(
        self,
        *,
        ids: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalSearchListResponse]:
        """List signal searches.

        Operation ``listSignalSearches`` (low level: ``puffle_client.api.signals.list_signal_searches``).
        """
        _kwargs = _list_signal_searches._get_kwargs(
            ids=ids,
            cursor=cursor,
            limit=limit,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_signal_searches._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class SignalsSettingsRawResource:
    """``client.with_raw_response.signals.settings``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SignalsSettingsRawResource of {self._client!r}>"

    @checked
    def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalsSettings]:
        """Get signal scan settings.

        Operation ``getSignalsSettings`` (low level: ``puffle_client.api.signals.get_signals_settings``).
        """
        _kwargs = _get_signals_settings._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_signals_settings._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def update(
        self,
        *,
        paused: bool | Unset = UNSET,
        scan_time_utc: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalsSettings]:
        """Update signal scan settings.

        Operation ``updateSignalsSettings`` (low level: ``puffle_client.api.signals.update_signals_settings``).
        """
        _kwargs = _update_signals_settings._get_kwargs(
            body=json_body(
                {
                    "paused": paused,
                    "scanTimeUtc": scan_time_utc,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signals_settings._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class SignalsSourcesRawResource:
    """``client.with_raw_response.signals.sources``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SignalsSourcesRawResource of {self._client!r}>"

    @checked
    def update(
        self,
        *,
        items: builtins.list[SignalSourceUpdate | SignalSourceUpdateDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalBatchUpdateResult]:
        """Configure signal sources in bulk.

        Operation ``updateSignalSources`` (low level: ``puffle_client.api.signals.update_signal_sources``).
        """
        _kwargs = _update_signal_sources._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signal_sources._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class SignalsTypesRawResource:
    """``client.with_raw_response.signals.types``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SignalsTypesRawResource of {self._client!r}>"

    @checked
    def create(
        self,
        *,
        label: str,
        description: str | Unset = UNSET,
        keywords: builtins.list[str] | Unset = UNSET,
        prompt: str | Unset = UNSET,
        allowed_sources: builtins.list[str] | Unset = UNSET,
        source_overrides: builtins.list[SignalTypeSourceOverride | SignalTypeSourceOverrideDict] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalTypeResponse]:
        """Create a custom signal type.

        Operation ``createSignalType`` (low level: ``puffle_client.api.signals.create_signal_type``).
        """
        _kwargs = _create_signal_type._get_kwargs(
            body=json_body(
                {
                    "label": label,
                    "description": description,
                    "keywords": keywords,
                    "prompt": prompt,
                    "allowedSources": allowed_sources,
                    "sourceOverrides": source_overrides,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_signal_type._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def delete(
        self,
        *,
        ids: builtins.list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalBatchDeleteResult]:
        """Delete custom signal types.

        Operation ``deleteSignalTypes`` (low level: ``puffle_client.api.signals.delete_signal_types``).
        """
        _kwargs = _delete_signal_types._get_kwargs(
            body=json_body(
                {
                    "ids": ids,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_signal_types._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def list(
        self,
        *,
        ids: str | Unset = UNSET,
        skip_source_enable: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalTypeListResponse]:
        """List signal types.

        Operation ``listSignalTypes`` (low level: ``puffle_client.api.signals.list_signal_types``).
        """
        _kwargs = _list_signal_types._get_kwargs(
            ids=ids,
            skip_source_enable=skip_source_enable,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_signal_types._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def update(
        self,
        *,
        items: builtins.list[SignalTypeUpdate | SignalTypeUpdateDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalBatchUpdateResult]:
        """Update signal types in bulk.

        Operation ``updateSignalTypes`` (low level: ``puffle_client.api.signals.update_signal_types``).
        """
        _kwargs = _update_signal_types._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signal_types._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncSignalsRawResource:
    """``client.with_raw_response.signals``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSignalsRawResource of {self._client!r}>"

    @property
    def analytics(self) -> AsyncSignalsAnalyticsRawResource:
        found: AsyncSignalsAnalyticsRawResource | None = self.__dict__.get("_r_analytics")
        if found is None:
            found = self.__dict__["_r_analytics"] = AsyncSignalsAnalyticsRawResource(self._client)
        return found

    @property
    def leads(self) -> AsyncSignalsLeadsRawResource:
        found: AsyncSignalsLeadsRawResource | None = self.__dict__.get("_r_leads")
        if found is None:
            found = self.__dict__["_r_leads"] = AsyncSignalsLeadsRawResource(self._client)
        return found

    @property
    def searches(self) -> AsyncSignalsSearchesRawResource:
        found: AsyncSignalsSearchesRawResource | None = self.__dict__.get("_r_searches")
        if found is None:
            found = self.__dict__["_r_searches"] = AsyncSignalsSearchesRawResource(self._client)
        return found

    @property
    def settings(self) -> AsyncSignalsSettingsRawResource:
        found: AsyncSignalsSettingsRawResource | None = self.__dict__.get("_r_settings")
        if found is None:
            found = self.__dict__["_r_settings"] = AsyncSignalsSettingsRawResource(self._client)
        return found

    @property
    def sources(self) -> AsyncSignalsSourcesRawResource:
        found: AsyncSignalsSourcesRawResource | None = self.__dict__.get("_r_sources")
        if found is None:
            found = self.__dict__["_r_sources"] = AsyncSignalsSourcesRawResource(self._client)
        return found

    @property
    def types(self) -> AsyncSignalsTypesRawResource:
        found: AsyncSignalsTypesRawResource | None = self.__dict__.get("_r_types")
        if found is None:
            found = self.__dict__["_r_types"] = AsyncSignalsTypesRawResource(self._client)
        return found

    @checked
    async def generate_messages(
        self,
        *,
        items: builtins.list[SignalGenerateItem | SignalGenerateItemDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalGenerateResponse]:
        """Draft outreach for signals.

        Operation ``generateSignalMessages`` (low level: ``puffle_client.api.signals.generate_signal_messages``).
        """
        _kwargs = _generate_signal_messages._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _generate_signal_messages._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def list(
        self,
        *,
        sort_by: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        ids: str | Unset = UNSET,
        since: str | Unset = UNSET,
        min_score: float | Unset = UNSET,
        include_dismissed: bool | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalListResponse]:
        """List signals.

        Operation ``listSignals`` (low level: ``puffle_client.api.signals.list_signals``).
        """
        _kwargs = _list_signals._get_kwargs(
            sort_by=sort_by,
            group_by=group_by,
            ids=ids,
            since=since,
            min_score=min_score,
            include_dismissed=include_dismissed,
            cursor=cursor,
            limit=limit,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_signals._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def update(
        self,
        *,
        items: builtins.list[SignalUpdate | SignalUpdateDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalBatchUpdateResult]:
        """Update signals in bulk.

        Operation ``updateSignals`` (low level: ``puffle_client.api.signals.update_signals``).
        """
        _kwargs = _update_signals._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signals._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncSignalsAnalyticsRawResource:
    """``client.with_raw_response.signals.analytics``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSignalsAnalyticsRawResource of {self._client!r}>"

    @checked
    async def list(
        self,
        *,
        type_: GetSignalAnalyticsType | Literal["keywords", "keyword-runs"],
        signal_type_id: str | Unset = UNSET,
        source_id: str | Unset = UNSET,
        min_score: float | Unset = UNSET,
        keyword_id: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalAnalyticsResponse]:
        """Get keyword analytics.

        Operation ``getSignalAnalytics`` (low level: ``puffle_client.api.signals.get_signal_analytics``).
        """
        _kwargs = _get_signal_analytics._get_kwargs(
            type_=enum_arg(GetSignalAnalyticsType, type_),
            signal_type_id=signal_type_id,
            source_id=source_id,
            min_score=min_score,
            keyword_id=keyword_id,
            cursor=cursor,
            limit=limit,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_signal_analytics._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncSignalsLeadsRawResource:
    """``client.with_raw_response.signals.leads``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSignalsLeadsRawResource of {self._client!r}>"

    @checked
    async def list(
        self,
        *,
        group_by: ListSignalLeadsGroupBy | Literal["person", "company"] | Unset = ListSignalLeadsGroupBy.PERSON,
        sort_by: ListSignalLeadsSortBy | Literal["recency", "signalCount", "topScore"] | Unset = UNSET,
        ids: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalLeadListResponse]:
        """List people or companies behind signals.

        Operation ``listSignalLeads`` (low level: ``puffle_client.api.signals.list_signal_leads``).
        """
        _kwargs = _list_signal_leads._get_kwargs(
            group_by=enum_arg(ListSignalLeadsGroupBy, group_by),
            sort_by=enum_arg(ListSignalLeadsSortBy, sort_by),
            ids=ids,
            cursor=cursor,
            limit=limit,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_signal_leads._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def update(
        self,
        *,
        items: builtins.list[SignalLeadUpdate | SignalLeadUpdateDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalBatchUpdateResult]:
        """Set the status of signal leads.

        Operation ``updateSignalLeads`` (low level: ``puffle_client.api.signals.update_signal_leads``).
        """
        _kwargs = _update_signal_leads._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signal_leads._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncSignalsSearchesRawResource:
    """``client.with_raw_response.signals.searches``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSignalsSearchesRawResource of {self._client!r}>"

    @checked
    async def create(
        self,
        *,
        query: str,
        filter_prompt: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalSearchCreated]:
        """Start a signal search.

        Operation ``createSignalSearch`` (low level: ``puffle_client.api.signals.create_signal_search``).
        """
        _kwargs = _create_signal_search._get_kwargs(
            body=json_body(
                {
                    "query": query,
                    "filterPrompt": filter_prompt,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_signal_search._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def list(
        self,
        *,
        ids: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalSearchListResponse]:
        """List signal searches.

        Operation ``listSignalSearches`` (low level: ``puffle_client.api.signals.list_signal_searches``).
        """
        _kwargs = _list_signal_searches._get_kwargs(
            ids=ids,
            cursor=cursor,
            limit=limit,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_signal_searches._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncSignalsSettingsRawResource:
    """``client.with_raw_response.signals.settings``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSignalsSettingsRawResource of {self._client!r}>"

    @checked
    async def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalsSettings]:
        """Get signal scan settings.

        Operation ``getSignalsSettings`` (low level: ``puffle_client.api.signals.get_signals_settings``).
        """
        _kwargs = _get_signals_settings._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_signals_settings._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def update(
        self,
        *,
        paused: bool | Unset = UNSET,
        scan_time_utc: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalsSettings]:
        """Update signal scan settings.

        Operation ``updateSignalsSettings`` (low level: ``puffle_client.api.signals.update_signals_settings``).
        """
        _kwargs = _update_signals_settings._get_kwargs(
            body=json_body(
                {
                    "paused": paused,
                    "scanTimeUtc": scan_time_utc,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signals_settings._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncSignalsSourcesRawResource:
    """``client.with_raw_response.signals.sources``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSignalsSourcesRawResource of {self._client!r}>"

    @checked
    async def update(
        self,
        *,
        items: builtins.list[SignalSourceUpdate | SignalSourceUpdateDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalBatchUpdateResult]:
        """Configure signal sources in bulk.

        Operation ``updateSignalSources`` (low level: ``puffle_client.api.signals.update_signal_sources``).
        """
        _kwargs = _update_signal_sources._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signal_sources._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncSignalsTypesRawResource:
    """``client.with_raw_response.signals.types``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSignalsTypesRawResource of {self._client!r}>"

    @checked
    async def create(
        self,
        *,
        label: str,
        description: str | Unset = UNSET,
        keywords: builtins.list[str] | Unset = UNSET,
        prompt: str | Unset = UNSET,
        allowed_sources: builtins.list[str] | Unset = UNSET,
        source_overrides: builtins.list[SignalTypeSourceOverride | SignalTypeSourceOverrideDict] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalTypeResponse]:
        """Create a custom signal type.

        Operation ``createSignalType`` (low level: ``puffle_client.api.signals.create_signal_type``).
        """
        _kwargs = _create_signal_type._get_kwargs(
            body=json_body(
                {
                    "label": label,
                    "description": description,
                    "keywords": keywords,
                    "prompt": prompt,
                    "allowedSources": allowed_sources,
                    "sourceOverrides": source_overrides,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_signal_type._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def delete(
        self,
        *,
        ids: builtins.list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalBatchDeleteResult]:
        """Delete custom signal types.

        Operation ``deleteSignalTypes`` (low level: ``puffle_client.api.signals.delete_signal_types``).
        """
        _kwargs = _delete_signal_types._get_kwargs(
            body=json_body(
                {
                    "ids": ids,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_signal_types._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def list(
        self,
        *,
        ids: str | Unset = UNSET,
        skip_source_enable: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalTypeListResponse]:
        """List signal types.

        Operation ``listSignalTypes`` (low level: ``puffle_client.api.signals.list_signal_types``).
        """
        _kwargs = _list_signal_types._get_kwargs(
            ids=ids,
            skip_source_enable=skip_source_enable,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_signal_types._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def update(
        self,
        *,
        items: builtins.list[SignalTypeUpdate | SignalTypeUpdateDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SignalBatchUpdateResult]:
        """Update signal types in bulk.

        Operation ``updateSignalTypes`` (low level: ``puffle_client.api.signals.update_signal_types``).
        """
        _kwargs = _update_signal_types._get_kwargs(
            body=json_body(
                {
                    "items": items,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_signal_types._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)
