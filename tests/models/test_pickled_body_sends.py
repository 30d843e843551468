"""A request body pickled for a task queue (Celery, multiprocessing) still sends, over a real HTTP server."""

from __future__ import annotations

import json
import pickle

import puffle
from puffle_client.api.leads import create_lead
from puffle_client.models import LeadInput
from tests.conftest import TEST_KEY
from tests.spec.conftest import response_examples
from tests.support.fault_server import FaultServer, Reply


def test_pickled_request_body_is_sent_without_its_unset_fields(server: FaultServer) -> None:
    example = next(v for op, status, _, _, v in response_examples() if op == "createLead" and status.startswith("2"))
    server.default("POST /api/leads", Reply(201, example))
    body = LeadInput.from_dict({"name": {"full": "Ada Lovelace"}, "title": "CTO"})
    restored = pickle.loads(pickle.dumps(body))
    with puffle.Puffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None, max_retries=0) as client:
        created = create_lead.sync(client=client, body=restored)
    assert created is not None
    sent = json.loads(server.seen[-1].body)
    assert sent == {"name": {"full": "Ada Lovelace"}, "title": "CTO"}
