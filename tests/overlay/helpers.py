"""Small builders shared by the overlay tests: run a generated call sync or async, minimal valid bodies."""

from __future__ import annotations

import asyncio
from types import ModuleType
from typing import Any

import puffle
from puffle_client.models.enrichment_run_request import EnrichmentRunRequest
from puffle_client.models.lead_input import LeadInput
from tests.conftest import TEST_KEY

MODES = ["sync", "async"]


def run(mode: str, module: ModuleType, base_url: str, options: dict[str, Any] | None = None, **kwargs: Any) -> Any:
    """Call ``module`` through a fresh Puffle (sync) or AsyncPuffle (async) client pointed at ``base_url``."""
    opts: dict[str, Any] = {"rate_limit": None, "timeout": 5, **(options or {})}
    if mode == "sync":
        with puffle.Puffle(api_key=TEST_KEY, base_url=base_url, **opts) as client:
            return module.sync(client=client, **kwargs)

    async def go() -> Any:
        async with puffle.AsyncPuffle(api_key=TEST_KEY, base_url=base_url, **opts) as client:
            return await module.asyncio(client=client, **kwargs)

    return asyncio.run(go())


def lead_body() -> LeadInput:
    return LeadInput.from_dict({"name": {"full": "Ada Lovelace"}, "title": "CTO"})


def enrichment_body(idempotency_key: str | None = None) -> EnrichmentRunRequest:
    data: dict[str, Any] = {
        "enrichmentId": "work_email",
        "scope": {"type": "explicit_leads", "leadIds": ["l1"]},
        "input": {},
    }
    if idempotency_key:
        data["idempotencyKey"] = idempotency_key
    return EnrichmentRunRequest.from_dict(data)


ACCOUNT = {"account": {"id": "u1", "email": "a@b.co"}, "profile": None, "canManageAuth": True}
