"""Enrich 50 leads with the first enrichment of the catalog: ``python examples/enrich_leads.py [ENRICHMENT_ID]``."""

import sys

from puffle import Puffle

with Puffle() as client:
    enrichment_id = sys.argv[1] if len(sys.argv) > 1 else client.enrichments.list().enrichments[0].id
    lead_ids = [lead.id for lead in client.leads.list(max_items=50)]
    run = client.enrichments.create(
        enrichment_id=enrichment_id, scope={"type": "explicit_leads", "leadIds": lead_ids}, input_={}
    )
    run.wait(timeout=900)  # polls getEnrichmentStatus; raises TaskFailedError if the run fails
    for result in client.enrichments.results.list(run.started.enrichment_run_id):
        print(result.lead_id, result.status)
