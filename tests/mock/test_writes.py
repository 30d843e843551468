"""Writes persist for the life of the process and batch operations report per-item errors."""

from __future__ import annotations

import uuid

import httpx
import pytest

import puffle
from puffle import errors
from puffle.mock import MockProcess
from puffle_client.api.campaigns import (
    add_campaign_leads,
    add_sequence_node,
    create_draft_campaign,
    get_campaign,
    import_campaign_leads_from_list,
    list_campaign_leads,
    move_sequence_node,
)
from puffle_client.api.leads import create_lead, delete_lead, list_leads, update_lead
from puffle_client.api.lists import add_list_leads, create_list, list_list_leads, list_lists, remove_list_leads
from puffle_client.api.signals import delete_signal_types, list_signals, update_signals
from puffle_client.models.campaign_create_request import CampaignCreateRequest
from puffle_client.models.campaign_leads_add_request import CampaignLeadsAddRequest
from puffle_client.models.campaign_list_import_request import CampaignListImportRequest
from puffle_client.models.campaign_sequence_node_create_request import CampaignSequenceNodeCreateRequest
from puffle_client.models.campaign_sequence_node_move_request import CampaignSequenceNodeMoveRequest
from puffle_client.models.lead_delete_request import LeadDeleteRequest
from puffle_client.models.lead_input import LeadInput
from puffle_client.models.lead_update import LeadUpdate
from puffle_client.models.list_create_request import ListCreateRequest
from puffle_client.models.list_membership_request import ListMembershipRequest
from puffle_client.models.signal_type_delete_request import SignalTypeDeleteRequest
from puffle_client.models.signal_update_request import SignalUpdateRequest
from tests.mock.helpers import assert_error, items


def test_a_created_lead_is_returned_by_the_next_read(api: puffle.Puffle) -> None:
    body = LeadInput.from_dict(
        {"type": "person", "name": {"full": "Grace Hopper", "first": "Grace"}, "title": "Rear Admiral"}
    )
    created = create_lead.sync(client=api, body=body).lead
    assert created.name.full == "Grace Hopper"
    found = list_leads.sync(client=api, id=created.id).leads
    assert [lead.id for lead in found] == [created.id]
    assert found[0].title == "Rear Admiral"
    assert created.id in {lead.id for lead in puffle.paginate(list_leads, client=api, limit=500)}


def test_update_and_delete_a_lead(api: puffle.Puffle) -> None:
    lead = create_lead.sync(client=api, body=LeadInput.from_dict({"title": "Intern"})).lead
    updated = update_lead.sync(client=api, body=LeadUpdate.from_dict({"id": lead.id, "title": "CTO"})).lead
    assert updated.title == "CTO"
    assert list_leads.sync(client=api, id=lead.id).leads[0].title == "CTO"
    assert delete_lead.sync(client=api, body=LeadDeleteRequest(id=lead.id)).success is True
    assert list_leads.sync(client=api, id=lead.id).leads == []
    with pytest.raises(errors.NotFoundError):
        delete_lead.sync(client=api, body=LeadDeleteRequest(id=lead.id))


def test_list_membership_adds_and_removes(mock: MockProcess, api: puffle.Puffle) -> None:
    leads = [row["id"] for row in items(mock, "leads")[:5]]
    created = create_list.sync(client=api, body=ListCreateRequest.from_dict({"name": "Prospects", "leadIds": leads}))
    list_id = created.list_.id
    assert created.list_.lead_count == 5
    member_ids = {lead.id for lead in puffle.paginate(list_list_leads, client=api, id=list_id)}
    assert member_ids == set(leads)
    after_remove = remove_list_leads.sync(list_id, client=api, body=ListMembershipRequest(lead_ids=leads[:2]))
    assert after_remove.list_.lead_count == 3
    remaining = {lead.id for lead in puffle.paginate(list_list_leads, client=api, id=list_id)}
    assert remaining == set(leads[2:])
    assert list_id not in {summary.id for summary in list_leads.sync(client=api, id=leads[0]).leads[0].lists}
    add_list_leads.sync(list_id, client=api, body=ListMembershipRequest(lead_ids=leads[:1]))
    assert len(list(puffle.paginate(list_list_leads, client=api, id=list_id))) == 4
    assert list_id in {entry.id for entry in list_lists.sync(client=api).lists}


def test_membership_with_unknown_leads_is_refused(mock: MockProcess, http: httpx.Client) -> None:
    list_id = items(mock, "lists")[0]["id"]
    response = http.post(f"/api/lists/{list_id}/leads", json={"leadIds": ["no-such-lead"]})
    assert_error(response, 409, code="conflict", mentions="no-such-lead")
    assert_error(http.post(f"/api/lists/{uuid.uuid4()}/leads", json={"leadIds": ["x"]}), 404, code="not_found")


def test_batch_update_reports_unknown_ids_per_item(mock: MockProcess, api: puffle.Puffle) -> None:
    known = [row["id"] for row in items(mock, "signals")[:2]]
    unknown = str(uuid.uuid4())
    body = SignalUpdateRequest.from_dict(
        {"items": [{"id": known[0], "dmText": "Hi!"}, {"id": unknown, "vote": "up"}, {"id": known[1], "vote": "down"}]}
    )
    result = update_signals.sync(client=api, body=body)
    assert result.updated == known
    assert [(e.id, e.error) for e in result.errors] == [(unknown, "not found")]
    read_back = list_signals.sync(client=api, ids=",".join(known)).signals
    assert {s.id: s.dm_text for s in read_back}[known[0]] == "Hi!"
    assert {s.id: s.additional_properties.get("vote") for s in read_back}[known[1]] == "down"


def test_batch_delete_reports_per_item_errors(mock: MockProcess, http: httpx.Client, api: puffle.Puffle) -> None:
    created = http.post("/api/signals/types", json={"label": f"Funding {uuid.uuid4().hex[:6]}"}).json()["type"]["id"]
    built_in = next(row["id"] for row in items(mock, "signalTypes") if row["item"].get("builtIn"))
    missing = str(uuid.uuid4())
    result = delete_signal_types.sync(client=api, body=SignalTypeDeleteRequest(ids=[created, built_in, missing]))
    assert result.deleted == [created]
    errors_by_id = {e.id: e.error for e in result.errors}
    assert errors_by_id[missing] == "not found"
    assert "builtIn" in errors_by_id[built_in]
    assert created not in {row["id"] for row in items(mock, "signalTypes")}


def test_draft_campaign_gets_leads_and_deduplicates(mock: MockProcess, api: puffle.Puffle) -> None:
    senders = [row["id"] for row in items(mock, "senders")]
    campaign = create_draft_campaign.sync(
        client=api,
        body=CampaignCreateRequest.from_dict({"type": "email", "name": "Q3 push", "sender_account_ids": senders[:1]}),
    ).campaign
    assert campaign.status == "draft"
    prospects = [{"email": f"p{i}@example.com", "first_name": f"P{i}"} for i in range(3)]
    first = add_campaign_leads.sync(
        campaign.id, client=api, body=CampaignLeadsAddRequest.from_dict({"prospects": prospects})
    )
    assert (first.imported, first.duplicates) == (3, 0)
    again = add_campaign_leads.sync(
        campaign.id, client=api, body=CampaignLeadsAddRequest.from_dict({"prospects": prospects})
    )
    assert (again.imported, again.duplicates) == (0, 3)
    list_row = items(mock, "lists")[0]
    imported = import_campaign_leads_from_list.sync(
        campaign.id, client=api, body=CampaignListImportRequest.from_dict({"listId": list_row["id"]})
    )
    assert imported.imported and imported.imported > 0
    walked = list(puffle.paginate(list_campaign_leads, client=api, id=campaign.id, limit=10))
    assert len(walked) == 3 + imported.imported
    assert get_campaign.sync(campaign.id, client=api).campaign.name == "Q3 push"


def test_sequence_nodes_are_ordered_and_movable(mock: MockProcess, api: puffle.Puffle) -> None:
    campaign = items(mock, "campaigns")[3]["id"]
    before = get_campaign.sync(campaign, client=api).sequence_nodes
    node = CampaignSequenceNodeCreateRequest.from_dict({"type": "email", "subject": "Hello", "position": 0})
    added = add_sequence_node.sync(campaign, client=api, body=node)
    assert [n.position for n in added.sequence_nodes] == list(range(len(before) + 1))
    assert added.sequence_nodes[0].id == added.node_id
    last = len(added.sequence_nodes) - 1
    move = CampaignSequenceNodeMoveRequest(node_id=str(added.node_id), to_position=last)
    moved = move_sequence_node.sync(campaign, client=api, body=move)
    assert moved.sequence_nodes[-1].id == added.node_id
    assert [n.id for n in get_campaign.sync(campaign, client=api).sequence_nodes][-1] == added.node_id


def test_state_guards_answer_409(mock: MockProcess, http: httpx.Client) -> None:
    active = next(row["id"] for row in items(mock, "threads") if row["item"]["status"] != "draft")
    assert_error(http.delete(f"/api/threads/{active}"), 409, code="conflict", mentions="status")
    draft = http.post("/api/threads", json={"participant_email": "a@b.co"}).json()["thread"]["id"]
    assert http.delete(f"/api/threads/{draft}").json() == {"deleted": True}
    assert_error(http.get(f"/api/threads/{draft}"), 404, code="not_found")


def test_reset_restores_the_seeded_data(mock: MockProcess, http: httpx.Client) -> None:
    lead = http.post("/api/leads", json={"title": "Temporary"}).json()["lead"]["id"]
    assert any(row["id"] == lead for row in items(mock, "leads"))
    mock.reset()
    assert not any(row["id"] == lead for row in items(mock, "leads"))
    assert mock.stats()["resources"]["leads"] == 1000


def test_reset_keeping_stats_restores_data_and_keeps_the_counts(mock: MockProcess, http: httpx.Client) -> None:
    mock.reset()
    lead = http.post("/api/leads", json={"title": "Temporary"}).json()["lead"]["id"]
    assert http.get(f"/api/lists/{uuid.uuid4()}/leads").status_code == 404
    mock.reset(keep_stats=True)
    assert not any(row["id"] == lead for row in items(mock, "leads"))
    stats = mock.stats()
    assert stats["operations"]["createLead"] == 1
    assert stats["statuses"]["createLead"] == {"200": 1}
    assert stats["statuses"]["listListLeads"] == {"404": 1}
    mock.reset()
    assert mock.stats()["statuses"] == {} and mock.stats()["total"] == 0


def test_an_unknown_reset_option_is_refused_with_the_envelope(mock: MockProcess) -> None:
    for query in ("keep=everything", "keep=stats&also=1"):
        response = httpx.post(f"{mock.url}/__mock/reset?{query}", timeout=10)
        assert_error(response, 400, code="invalid_request", mentions="keep=stats")


def test_per_item_results_of_a_batch(mock: MockProcess, http: httpx.Client) -> None:
    known = items(mock, "signals")[0]["id"]
    unknown = str(uuid.uuid4())
    body = http.post("/api/signals/generate", json={"items": [{"id": known, "dm": True}, {"id": unknown}]}).json()
    assert [row["id"] for row in body["results"]] == [known, unknown]
    assert body["results"][0]["error"] is None
    assert body["results"][0]["dm"]["text"]
    assert body["results"][1] == {"id": unknown, "error": "not found"}
