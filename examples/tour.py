"""A tour of the Puffle SDK: what ``make demo`` runs.

Without ``PUFFLE_API_KEY`` the tour starts the bundled mock server (``puffle.mock``) in a child process and
runs every step against it: read the company profile and credit costs, page through all signals, run an AI
lead search and wait for it, page through the list it filled, enrich those leads, put them in a draft
campaign and read a conversation. With ``PUFFLE_API_KEY`` set it runs only the read-only steps, against the
real API (or ``PUFFLE_API_BASE_URL``).

Only the public surface is used: `puffle.Puffle` and its resource methods (``client.signals.list()``,
``client.lead_search.create(...).wait()``), with keyword arguments and plain dicts for nested objects.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import puffle

DEMO_KEY = "pk_demo_tour_0123456789abcdef"


def text(value: object, default: str = "-") -> str:
    """A field for display: unset and null values become ``default``."""
    return str(value) if value or value == 0 else default


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
    context = client.context.retrieve()
    company = context.context.company if context.context else None
    print(f"   signed in as {text(context.profile.first_name if context.profile else None)}")
    print(f"   company: {text(company.overview if company else None)[:100]}")
    costs = client.credits.config.retrieve().costs.additional_properties
    print(f"   {len(costs)} priced action(s), e.g. " + ", ".join(f"{k}={v}" for k, v in list(costs.items())[:3]))

    step("All buying signals")
    progress = Progress("signals")
    newest = None
    for page in client.signals.list(limit=100).pages():
        progress.add(len(page.signals))
        newest = newest or (page.signals[0] if page.signals else None)
    progress.done()
    if newest is not None:
        print(
            f"   newest: {text(newest.formatted_title)[:60]!r} ({text(newest.author_name)}, {text(newest.created_at)})"
        )
    summary["signals"] = progress.count

    step("A conversation from the Unibox")
    thread = client.threads.list(limit=1).data[0]
    messages = list(client.threads.messages.list(thread.id))
    print(f"   thread with {text(thread.participant_email)}: {len(messages)} messages")
    for message in messages[:3]:
        print(f"   [{text(message.direction):8}] {text(message.body_text)[:70]}")
    summary["messages in thread"] = len(messages)


def write_part(client: puffle.Puffle, summary: dict[str, Any], interval: float) -> None:
    step("AI lead search")
    search = client.lead_search.create(prompt="Heads of growth at Series A fintechs in Berlin", fetch_count=40)
    print(f"   task {search.started.task.id} is {text(search.started.task.status)}; waiting ...")
    finished = search.wait(interval=interval, timeout=120)
    print(f"   {text(finished.tasks[0].status)}: {text(finished.tasks[0].result_count)} leads")

    step("The list the search filled")
    list_id = search.started.list_.id
    leads = list(client.lists.leads.list(list_id, limit=15))
    for lead in leads[:3]:
        print(f"   {text(lead.name.full if lead.name else None):22} {text(lead.title)}")
    print(f"   ... {len(leads)} leads in list {text(search.started.list_.name)!r}")
    summary["leads found"] = len(leads)

    step("Enrichment run over those leads")
    enrichment = client.enrichments.list().enrichments[0]
    run = client.enrichments.create(
        enrichment_id=enrichment.id, scope={"type": "explicit_leads", "leadIds": [lead.id for lead in leads]}, input_={}
    )
    run.wait(interval=interval, timeout=120)
    results = list(client.enrichments.results.list(run.started.enrichment_run_id, limit=20))
    done = sum(1 for r in results if r.status == "completed")
    print(f"   {text(enrichment.name)}: {done}/{len(results)} leads enriched")
    summary["leads enriched"] = done

    step("Draft campaign with the leads")
    sender = client.senders.list().accounts[0]
    campaign = client.campaigns.create(
        type_="email", name="Berlin fintech growth leaders", sender_account_ids=[sender.id]
    ).campaign
    imported = client.campaigns.leads.import_from_list(campaign.id, list_id=list_id)
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
