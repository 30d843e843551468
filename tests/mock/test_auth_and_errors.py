"""Credentials and error answers: 401 shapes, session-cookie routes, 400 naming the field, 404/405, duplicate 409."""

from __future__ import annotations

import uuid

import httpx
import pytest

import puffle
from puffle import errors
from puffle.mock import MockProcess
from puffle_client.api.api_keys import get_api_key
from puffle_client.api.campaigns import get_campaign
from puffle_client.api.signals import create_signal_type
from puffle_client.api.unibox import list_threads
from puffle_client.models.signal_type_create_request import SignalTypeCreateRequest
from tests.mock.helpers import assert_error
from tests.support.mock_server import SESSION, client_for


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer sk_live_not_a_puffle_key", "Basic cGtfeDp5", "Bearer pk_", "pk_live_missing_scheme"],
)
def test_bearer_operations_reject_missing_or_foreign_credentials(mock: MockProcess, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization is not None else {}
    response = httpx.get(f"{mock.url}/api/account", headers=headers)
    assert_error(response, 401, code="unauthorized", mentions="API key")


def test_any_pk_key_is_accepted(mock: MockProcess) -> None:
    response = httpx.get(f"{mock.url}/api/account", headers={"Authorization": "Bearer pk_anything"})
    assert response.status_code == 200
    assert response.headers["x-request-id"].startswith("req_")
    head = httpx.head(f"{mock.url}/api/account", headers={"Authorization": "Bearer pk_anything"})
    assert (head.status_code, head.content) == (200, b"")


def test_session_cookie_routes_need_the_cookie_and_ignore_the_api_key(mock: MockProcess, http: httpx.Client) -> None:
    assert_error(http.get("/api/user/api-key"), 401, code="unauthorized", mentions="session")
    assert_error(httpx.get(f"{mock.url}/api/user/api-key", cookies={"other": "x"}), 401, code="unauthorized")
    ok = httpx.get(f"{mock.url}/api/user/api-key", headers={"Cookie": "theme=dark; session=abc123"})
    assert ok.status_code == 200
    assert isinstance(ok.json()["has_key"], bool)


def test_session_routes_through_the_sdk(mock: MockProcess) -> None:
    with client_for(mock, session_cookie=SESSION) as client:
        assert isinstance(get_api_key.sync(client=client).has_key, bool)
    with client_for(mock, session_cookie="session=") as client, pytest.raises(errors.AuthenticationError):
        get_api_key.sync(client=client)


def test_write_without_credentials_answers_401_envelope(mock: MockProcess) -> None:
    response = httpx.post(f"{mock.url}/api/signals/types", json={"label": "x"})
    assert_error(response, 401, code="unauthorized", mentions="API key")


def test_sdk_raises_authentication_error(mock: MockProcess) -> None:
    with client_for(mock, api_key="pk_ok") as client:
        assert list_threads.sync(client=client).threads
    with (
        pytest.warns(puffle.PuffleWarning),
        client_for(mock, api_key="sk_wrong") as client,
        pytest.raises(errors.AuthenticationError) as caught,
    ):
        list_threads.sync(client=client)
    assert caught.value.code == "unauthorized"


@pytest.mark.parametrize(
    ("method", "path", "body", "field"),
    [
        ("GET", "/api/threads?limit=101", None, "limit"),
        ("GET", "/api/threads?limit=0", None, "limit"),
        ("GET", "/api/threads?limit=ten", None, "limit"),
        ("GET", "/api/threads?page=1&page=2", None, "page"),
        ("GET", "/api/signals?includeDismissed=yes", None, "includeDismissed"),
        ("GET", "/api/leads/search/results", None, "taskId"),
        ("GET", "/api/campaigns/not-a-uuid", None, "id"),
        ("POST", "/api/leads/search", {"fetch_count": 5}, "prompt"),
        ("POST", "/api/leads/search", {"prompt": "CTOs", "fetch_count": "5"}, "fetch_count"),
        ("PATCH", "/api/signals", {"items": [{"id": "nope"}]}, "items.0.id"),
        ("PATCH", "/api/signals", {"items": []}, "items"),
        ("POST", "/api/campaigns", {"type": "fax", "name": "x", "sender_account_ids": []}, "type"),
        ("PATCH", "/api/account", {}, "body"),
    ],
)
def test_invalid_requests_get_400_naming_the_field(
    http: httpx.Client, method: str, path: str, body: object, field: str
) -> None:
    response = http.request(method, path, json=body) if body is not None else http.request(method, path)
    message = assert_error(response, 400, code="invalid_request")
    assert message.startswith(f"{field}:"), message


def test_body_that_is_not_json_is_rejected(http: httpx.Client) -> None:
    response = http.post("/api/leads", content=b"{not json", headers={"Content-Type": "application/json"})
    assert_error(response, 400, code="invalid_request", mentions="not valid JSON")
    response = http.post("/api/leads", content=b"name=x", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert_error(response, 400, code="invalid_request", mentions="application/json")


def test_sdk_raises_bad_request_with_the_servers_message(api: puffle.Puffle) -> None:
    with pytest.raises(errors.BadRequestError) as caught:
        list_threads.sync(client=api, limit=500)
    assert caught.value.code == "invalid_request"
    assert "limit" in caught.value.message


def test_unknown_route_is_404_in_the_envelope(http: httpx.Client) -> None:
    assert_error(http.get("/api/nothing-here"), 404, code="not_found")
    assert_error(http.get("/api/leads/extra/segments/here"), 404, code="not_found")
    assert_error(http.get("/elsewhere"), 404, code="not_found")


def test_wrong_method_is_405_with_allow(http: httpx.Client) -> None:
    response = http.put("/api/account")
    assert_error(response, 405, mentions="PUT")
    assert set(response.headers["allow"].split(", ")) == {"GET", "PATCH"}
    # The concrete path wins over /api/campaigns/{id}, exactly as OpenAPI matches paths.
    assert http.patch("/api/campaigns/settings", json={}).status_code == 405
    options = http.options("/api/leads")
    assert options.status_code == 204
    assert set(options.headers["allow"].split(", ")) == {"GET", "POST", "PATCH", "DELETE"}


def test_unknown_ids_are_404_and_raise_not_found(http: httpx.Client, api: puffle.Puffle) -> None:
    missing = uuid.uuid4()
    assert_error(http.get(f"/api/campaigns/{missing}"), 404, code="not_found", mentions=str(missing))
    with pytest.raises(errors.NotFoundError):
        get_campaign.sync(missing, client=api)


def test_duplicate_signal_type_is_an_envelope_409(http: httpx.Client, api: puffle.Puffle) -> None:
    label = f"Hiring spree {uuid.uuid4().hex[:6]}"
    created = http.post("/api/signals/types", json={"label": label, "keywords": ["hiring"]})
    assert created.status_code == 201
    assert created.json()["type"]["label"] == label
    assert_error(http.post("/api/signals/types", json={"label": label}), 409, code="conflict", mentions=label)
    with pytest.raises(errors.ConflictError) as caught:
        create_signal_type.sync(client=api, body=SignalTypeCreateRequest(label=label))
    assert label in caught.value.message
    assert caught.value.code == "conflict"  # the overview lists `conflict` for a duplicate name


def test_invalid_fault_header_is_a_400(http: httpx.Client) -> None:
    response = http.get("/api/account", headers={"X-Puffle-Mock-Fault": "explode=1"})
    assert_error(response, 400, code="invalid_request", mentions="explode")
