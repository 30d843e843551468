"""Pins the public types of the call site; checked by ``make typecheck`` (mypy --strict), never run.

A misspelt keyword must be a type error: each such line carries ``# type: ignore[call-arg]``, and since
``warn_unused_ignores`` is on (strict), the ignore itself fails the check the day the error disappears.
"""

from __future__ import annotations

from typing import assert_type

import puffle
from puffle import AsyncPuffle, AsyncTask, Puffle, RawResponse, SyncPage, Task
from puffle_client.api.enrichment import create_enrichment
from puffle_client.api.signals import list_signals
from puffle_client.models import (
    EnrichmentDispatch,
    EnrichmentRunStatus,
    LeadResponse,
    LeadSearchCreateResponse,
    ListLeadSearchesResponse,
    Signal,
    SignalListResponse,
)


def sync_surface(client: Puffle) -> None:
    signals = client.signals.list(min_score=2)
    assert_type(signals, SyncPage[Signal, SignalListResponse])
    for signal in signals:
        assert_type(signal, Signal)
    for page in signals.pages():
        assert_type(page, SignalListResponse)
    assert_type(signals.data, list[Signal])
    assert_type(signals.has_next_page(), bool)

    search = client.lead_search.create(prompt="CTOs in Berlin", fetch_count=10)
    assert_type(search, Task[LeadSearchCreateResponse, ListLeadSearchesResponse])
    assert_type(search.started, LeadSearchCreateResponse)
    assert_type(search.wait(timeout=60), ListLeadSearchesResponse)

    # Enums as members or strings; nested objects as models or plain dicts.
    client.leads.create(type_="person", name={"first": "Ada", "last": "Lovelace"})
    client.leads.list(type_="company", max_items=5)
    assert_type(client.with_raw_response.leads.create(title="CTO"), RawResponse[LeadResponse])

    client.signals.list(min_scor=2)  # type: ignore[call-arg]
    client.leads.create(frist_name="Ada")  # type: ignore[call-arg]
    client.leads.list(type_="robot")  # type: ignore[arg-type]

    # Per-request options on every method.
    client.account.retrieve(timeout=5, max_retries=0, extra_headers={"X-Trace": "1"}, extra_query={"debug": "1"})


async def async_surface(client: AsyncPuffle) -> None:
    async for signal in client.signals.list(min_score=2):
        assert_type(signal, Signal)
    run = await client.enrichments.create(enrichment_id="e", scope={"type": "explicit_leads"}, input_={})
    assert_type(run, AsyncTask[EnrichmentDispatch, EnrichmentRunStatus])
    assert_type(await run.wait(), EnrichmentRunStatus)


def low_level(client: Puffle, started: EnrichmentDispatch) -> None:
    for signal in puffle.paginate(list_signals, client=client, min_score=2, max_items=10):
        assert_type(signal, Signal)
    for page in puffle.paginate_pages(list_signals, client=client):
        assert_type(page, SignalListResponse)
    assert_type(puffle.wait_for(create_enrichment, started, client=client), EnrichmentRunStatus)
    puffle.paginate(list_signals, client=client, min_scor=2)  # type: ignore[call-arg]


async def low_level_async(client: AsyncPuffle, sync_client: Puffle) -> None:
    # apaginate takes the async client (the sync one is an error, and so is an async one for paginate)
    async for signal in puffle.apaginate(list_signals, client=client, min_score=2, max_items=10):
        assert_type(signal, Signal)
    async for page in puffle.apaginate_pages(list_signals, client=client):
        assert_type(page, SignalListResponse)
    puffle.apaginate(list_signals, client=sync_client)  # type: ignore[arg-type]
    puffle.paginate(list_signals, client=client)  # type: ignore[arg-type]
    puffle.apaginate(list_signals, client=client, min_scor=2)  # type: ignore[call-arg]
