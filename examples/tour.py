"""A tour of the Puffle SDK: what ``make demo`` runs.

Without ``PUFFLE_API_KEY`` the tour starts the bundled mock server (``puffle.mock``) in a child process and
runs every step against it: read the company profile and credit costs, page through all signals, run an AI
lead search and wait for it, page through the list it filled, enrich those leads, put them in a draft
campaign and read a conversation. With ``PUFFLE_API_KEY`` set it runs only the read-only steps, against the
real API (or ``PUFFLE_API_BASE_URL``).

Only the public API is used: `puffle.Puffle`, `puffle.paginate`, `puffle.wait_for` and the generated
endpoint modules under ``puffle_client.api``.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import puffle
from puffle_client.api.account import get_context
from puffle_client.api.campaigns import create_draft_campaign, import_campaign_leads_from_list
from puffle_client.api.credits_ import get_credits_config
from puffle_client.api.enrichment import create_enrichment, list_enrichment_results, list_enrichments
from puffle_client.api.lead_search import create_lead_search
from puffle_client.api.lists import list_list_leads
from puffle_client.api.senders import list_senders
from puffle_client.api.signals import list_signals
from puffle_client.api.unibox import list_thread_messages, list_threads
from puffle_client.models.campaign_create_request import CampaignCreateRequest
from puffle_client.models.campaign_list_import_request import CampaignListImportRequest
from puffle_client.models.enrichment_run_request import EnrichmentRunRequest
from puffle_client.models.lead_search_create_request import LeadSearchCreateRequest
from puffle_client.types import Unset

DEMO_KEY = "pk_demo_tour_0123456789abcdef"


def text(value: Any, default: str = "-") -> str:
    """A field for display: unset and null values become ``default``."""
    return default if value is None or isinstance(value, Unset) else str(value)


def step(title: str) -> None:
    print(f"\n== {title}")


class Progress:
    """A one-line counter: rewritten in place on a terminal, printed every few pages otherwise."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.live = sys.stdout.isatty()
        self.count = 0
        self.pages = 0

    def add(self, items: int) -> None:
        self.count += items
        self.pages += 1
        if self.live:
            print(f"\r   {self.label}: {self.count} ({self.pages} pages)", end="", flush=True)
        elif self.pages % 10 == 0:
            print(f"   {self.label}: {self.count} so far")

    def done(self) -> None:
        print(f"\r   {self.label}: {self.count} in {self.pages} pages" + " " * 10)


@contextmanager
def target() -> Iterator[tuple[str | None, str, bool]]:
    """(base URL, API key, is the local mock): the real API when PUFFLE_API_KEY is set, else a fresh mock."""
    key = os.environ.get("PUFFLE_API_KEY")
    if key:
        yield os.environ.get("PUFFLE_API_BASE_URL"), key, False
        return
    from puffle.mock import launch

    print("PUFFLE_API_KEY is not set: starting the bundled mock server ...")
    with launch("--seed", "1") as mock:
        print(f"mock server at {mock.url}")
        yield mock.url, DEMO_KEY, True


def read_only_part(client: puffle.Puffle, summary: dict[str, Any]) -> None:
    step("Company profile and credit costs")
    context = get_context.sync(client=client)
    company = context.context.company if context.context and not isinstance(context.context, Unset) else None
    profile = context.profile if not isinstance(context.profile, Unset) else None
    print(f"   signed in as {text(profile.first_name if profile else None)}")
    print(f"   company: {text(company.overview if company else None)[:100]}")
    credits = get_credits_config.sync(client=client)
    costs = credits.costs.additional_properties
    print(f"   {len(costs)} priced action(s), e.g. " + ", ".join(f"{k}={v}" for k, v in list(costs.items())[:3]))

    step("All buying signals")
    progress = Progress("signals")
    newest = None
    for page in puffle.paginate_pages(list_signals, client=client, limit=100):
        progress.add(len(page.signals))
        newest = newest or (page.signals[0] if page.signals else None)
    progress.done()
    if newest is not None:
        print(
            f"   newest: {text(newest.formatted_title)[:60]!r} ({text(newest.author_name)}, {text(newest.created_at)})"
        )
    summary["signals"] = progress.count

    step("A conversation from the Unibox")
    thread = list_threads.sync(client=client, limit=1).threads[0]
    messages = list(puffle.paginate(list_thread_messages, client=client, id=str(thread.id)))
    print(f"   thread with {text(thread.participant_email)}: {len(messages)} messages")
    for message in messages[:3]:
        print(f"   [{text(message.direction):8}] {text(message.body_text)[:70]}")
    summary["messages in thread"] = len(messages)


def write_part(client: puffle.Puffle, summary: dict[str, Any], interval: float) -> None:
    step("AI lead search")
    prompt = "Heads of growth at Series A fintechs in Berlin"
    started = create_lead_search.sync(client=client, body=LeadSearchCreateRequest(prompt=prompt, fetch_count=40))
    print(f"   task {started.task.id} is {text(started.task.status)}; waiting ...")
    finished = puffle.wait_for(create_lead_search, started, client=client, interval=interval, timeout=120)
    print(f"   {text(finished.tasks[0].status)}: {text(finished.tasks[0].result_count)} leads")

    step("The list the search filled")
    list_id = str(started.list_.id)
    leads = list(puffle.paginate(list_list_leads, client=client, id=list_id, limit=15))
    for lead in leads[:3]:
        name = lead.name.full if lead.name and not isinstance(lead.name, Unset) else None
        print(f"   {text(name):22} {text(lead.title)}")
    print(f"   ... {len(leads)} leads in list {text(started.list_.name)!r}")
    summary["leads found"] = len(leads)

    step("Enrichment run over those leads")
    enrichment = list_enrichments.sync(client=client).enrichments[0]
    body = EnrichmentRunRequest.from_dict(
        {
            "enrichmentId": enrichment.id,
            "scope": {"type": "explicit_leads", "leadIds": [str(lead.id) for lead in leads]},
            "input": {},
        }
    )
    run = create_enrichment.sync(client=client, body=body)
    puffle.wait_for(create_enrichment, run, client=client, interval=interval, timeout=120)
    results = list(puffle.paginate(list_enrichment_results, client=client, id=run.enrichment_run_id, limit=20))
    done = sum(1 for r in results if r.status == "completed")
    print(f"   {text(enrichment.name)}: {done}/{len(results)} leads enriched")
    summary["leads enriched"] = done

    step("Draft campaign with the leads")
    sender = list_senders.sync(client=client).accounts[0]
    campaign = create_draft_campaign.sync(
        client=client,
        body=CampaignCreateRequest.from_dict(
            {"type": "email", "name": "Berlin fintech growth leaders", "sender_account_ids": [str(sender.id)]}
        ),
    ).campaign
    imported = import_campaign_leads_from_list.sync(
        str(campaign.id), client=client, body=CampaignListImportRequest.from_dict({"listId": list_id})
    )
    print(f"   campaign {text(campaign.name)!r} ({text(campaign.status)}): {text(imported.imported)} leads added")
    summary["campaign leads"] = imported.imported


def main() -> int:
    began = time.monotonic()
    summary: dict[str, Any] = {}
    with target() as (base_url, key, local):
        # The client-side rate limit protects the real API's quota; the local mock has none to protect.
        options: dict[str, Any] = {"rate_limit": None} if local else {}
        with puffle.Puffle(api_key=key, base_url=base_url, **options) as client:
            read_only_part(client, summary)
            if local:
                write_part(client, summary, interval=0.05)
            else:
                print("\n(read-only tour: PUFFLE_API_KEY is set, so nothing is created on the real account)")
    step(f"Summary ({time.monotonic() - began:.1f}s)")
    for label, value in summary.items():
        print(f"   {label:20} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
