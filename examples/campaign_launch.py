"""Create an email campaign, add the leads of a list and launch it.

``python examples/campaign_launch.py [LIST_ID]`` (default: your first list; sender: your first email sender).
"""

import sys

from puffle import Puffle

with Puffle() as client:
    list_id = sys.argv[1] if len(sys.argv) > 1 else client.lists.list().lists[0].id
    sender = client.senders.list(type_="email").accounts[0]
    campaign = client.campaigns.create(type_="email", name="Berlin fintech growth", sender_account_ids=[sender.id])
    added = client.campaigns.leads.import_from_list(campaign.campaign.id, list_id=list_id)
    launched = client.campaigns.launch(campaign.campaign.id).wait(timeout=600)
    print(f"campaign {launched.campaign.id}: {added.imported} leads, status {launched.campaign.status}")
