"""Export every lead of a list to CSV: ``python examples/list_to_csv.py [LIST_ID] [OUT.csv]``.

Uses ``$PUFFLE_API_KEY`` (and ``$PUFFLE_API_BASE_URL``); without a LIST_ID it exports your first list.
"""

import csv
import sys

from puffle import Puffle

with Puffle() as client, open(sys.argv[2] if len(sys.argv) > 2 else "leads.csv", "w", newline="") as out:
    list_id = sys.argv[1] if len(sys.argv) > 1 else client.lists.list().lists[0].id
    writer = csv.writer(out)
    writer.writerow(["id", "type", "title", "created_at"])
    for lead in client.lists.leads.list(list_id):  # every page, fetched as you go
        writer.writerow([lead.id, lead.type_ or "", lead.title or "", lead.created_at or ""])
    print(f"wrote {out.name}")
