"""Path parameters that cannot stay inside their own URL segment are refused before anything is sent."""

from __future__ import annotations

import pytest

from puffle import errors
from puffle_client.api.campaigns import get_campaign
from puffle_client.api.lists import add_list_leads
from puffle_client.models.list_membership_request import ListMembershipRequest
from tests.overlay.helpers import MODES, run
from tests.support.fault_server import FaultServer, Reply

# "..": /api/lists/../leads normalises to POST /api/leads (a lead was created on the mock); "": hits the list
# route; "%2e%2e" is the same as ".." after normalisation; "/" and "\\" may be decoded by the server.
BAD_IDS = ["..", ".", "", "...", "a/b", "../leads", "a\\b", "x\ny", "\x00"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("bad", BAD_IDS)
def test_unsafe_ids_are_refused_before_sending(server: FaultServer, mode: str, bad: str) -> None:
    server.default("POST /api/leads", Reply(201, {"lead": {"id": "l1"}}))
    body = ListMembershipRequest.from_dict({"leadIds": ["l1"]})
    with pytest.raises(errors.InvalidParameterError) as info:
        run(mode, add_list_leads, server.url, id=bad, body=body)
    assert isinstance(info.value, ValueError) and info.value.parameter == "id"
    with pytest.raises(errors.InvalidParameterError):
        run(mode, get_campaign, server.url, id=bad)
    assert server.seen == []  # nothing reached the server, on any route


@pytest.mark.parametrize("good", ["c1", "00000000-0000-4000-8000-000000000001", "a b", "a.b", "..a", "%2e"])
def test_ordinary_ids_are_sent_in_their_own_segment(server: FaultServer, good: str) -> None:
    server.default("GET /api/campaigns/x", Reply(404, {"error": {"code": "not_found", "message": "no"}}))
    with pytest.raises(errors.NotFoundError):
        run("sync", get_campaign, server.url, id=good)
    [seen] = server.seen
    assert seen.path.startswith("/api/campaigns/") and seen.path.count("/") == 3
