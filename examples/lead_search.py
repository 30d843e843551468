"""Run an AI lead search, wait for it, and show the first leads it found.

``python examples/lead_search.py ["Heads of growth at Series A fintechs in Berlin"]``
"""

import sys

from puffle import Puffle

prompt = sys.argv[1] if len(sys.argv) > 1 else "Heads of growth at Series A fintechs in Berlin"
with Puffle() as client:
    search = client.lead_search.create(prompt=prompt, fetch_count=25)
    finished = search.wait(timeout=600)  # polls listLeadSearches until the task is done
    print(f"search {finished.tasks[0].id}: {finished.tasks[0].status}")
    for lead in client.lists.leads.list(search.started.list_.id, max_items=10):
        print(lead.id, lead.title or "")
