"""A user's test suite that uses only the plugin's fixtures (copied to a temporary folder and run by pytest).

It is not collected where it lives (its name does not start with ``test_``); `test_pytest_plugin` runs it with
``--puffle-mock-args "--seed 3 --size leads=30"`` and checks every test passed.
"""

import puffle
from puffle.pytest_plugin import MockStats
from puffle_client.api.leads import create_lead, list_leads
from puffle_client.models import LeadInput


def test_the_server_options_reach_the_session_server(puffle_mock_stats: MockStats) -> None:
    assert puffle_mock_stats.size("leads") == 30


def test_a_created_lead_is_listed_and_counted(puffle_client: puffle.Puffle, puffle_mock_stats: MockStats) -> None:
    body = LeadInput.from_dict({"type": "person", "name": {"full": "Ada Lovelace"}, "title": "Engineer"})
    create_lead.sync(client=puffle_client, body=body)
    assert puffle_mock_stats.size("leads") == 31
    names = [lead.name for lead in puffle.paginate(list_leads, client=puffle_client)]
    assert len(names) == 31
    puffle_mock_stats.assert_called("createLead", times=1)
    assert puffle_mock_stats.statuses("createLead") == {200: 1}
    assert puffle_mock_stats.operations()["listLeads"] >= 1


def test_the_next_test_starts_from_the_seeded_data(puffle_mock_stats: MockStats) -> None:
    assert puffle_mock_stats.size("leads") == 30
    assert puffle_mock_stats.calls() == 0
    puffle_mock_stats.assert_not_called("createLead")


def test_one_server_serves_the_whole_session(puffle_mock_server, puffle_mock) -> None:  # type: ignore[no-untyped-def]
    assert puffle_mock is puffle_mock_server
    assert puffle_mock.url.startswith("http://127.0.0.1:")
