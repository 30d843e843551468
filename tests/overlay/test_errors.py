"""Typed errors: status mapping, both error body shapes, 402 details, bad success bodies."""

from __future__ import annotations

import pytest

from puffle import errors
from puffle_client.api.account import get_account
from puffle_client.api.enrichment import get_enrichment_status
from puffle_client.api.lead_search import create_lead_search
from puffle_client.models.lead_search_create_request import LeadSearchCreateRequest
from tests.overlay.helpers import MODES, run
from tests.support.fault_server import FaultServer, Reply

GET = "GET /api/account"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (402, errors.PaymentRequiredError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (418, errors.APIStatusError),
    ],
)
def test_status_maps_to_exception_class(
    server: FaultServer, no_sleep: list[float], mode: str, status: int, cls: type[errors.APIStatusError]
) -> None:
    server.default(
        GET, Reply(status, {"error": {"code": "some_code", "message": "it failed"}}, {"X-Request-Id": "req_123"})
    )
    with pytest.raises(cls) as info:
        run(mode, get_account, server.url, options={"max_retries": 0})
    exc = info.value
    assert isinstance(exc, errors.PuffleError)
    assert (exc.status_code, exc.code, exc.message, exc.request_id) == (status, "some_code", "it failed", "req_123")
    assert exc.operation_id == "getAccount"
    assert "getAccount" in str(exc) and "it failed" in str(exc)


@pytest.mark.parametrize("mode", MODES)
def test_flat_error_shape(server: FaultServer, mode: str) -> None:
    server.default(GET, Reply(409, {"error": "A signal type with this name already exists"}))
    with pytest.raises(errors.ConflictError) as info:
        run(mode, get_account, server.url)
    assert info.value.code is None
    assert info.value.message == "A signal type with this name already exists"
    assert info.value.body == {"error": "A signal type with this name already exists"}


@pytest.mark.parametrize("mode", MODES)
def test_html_error_page(server: FaultServer, no_sleep: list[float], mode: str) -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    server.default(GET, Reply(502, raw=page, headers={"Content-Type": "text/html"}))
    with pytest.raises(errors.InternalServerError) as info:
        run(mode, get_account, server.url, options={"max_retries": 0})
    assert info.value.body is None
    assert info.value.content == page
    assert "HTML" in info.value.message


@pytest.mark.parametrize("mode", MODES)
def test_payment_required_details(server: FaultServer, mode: str) -> None:
    route = "POST /api/leads/search"
    server.default(route, Reply(402, {"error": "Insufficient credits", "required": 120, "balance": 40}))
    body = LeadSearchCreateRequest.from_dict({"prompt": "CTOs in Berlin", "fetch_count": 10})
    with pytest.raises(errors.PaymentRequiredError) as info:
        run(mode, create_lead_search, server.url, body=body)
    assert (info.value.required, info.value.balance) == (120.0, 40.0)
    assert server.count(route) == 1


@pytest.mark.parametrize("mode", MODES)
def test_malformed_json_success_body(server: FaultServer, mode: str) -> None:
    server.default(GET, Reply(200, raw=b'{"account": {"id": '))
    with pytest.raises(errors.ResponseValidationError) as info:
        run(mode, get_account, server.url)
    assert info.value.operation_id == "getAccount"
    assert info.value.body == b'{"account": {"id": '
    assert "not valid JSON" in str(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_missing_required_field_names_the_field(server: FaultServer, mode: str) -> None:
    server.default("GET /api/enrichment/run_1", Reply(200, {"status": "running"}))
    with pytest.raises(errors.ResponseValidationError) as info:
        run(mode, get_enrichment_status, server.url, id="run_1")
    assert info.value.field == "run"
    assert "getEnrichmentStatus" in str(info.value) and "'run'" in str(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_wrong_type_in_success_body(server: FaultServer, mode: str) -> None:
    server.default(GET, Reply(200, {"account": "not an object", "profile": None}))
    # a model never stores a value of the wrong JSON type (issue 11): the typed error names operation and field
    with pytest.raises(errors.ResponseValidationError) as info:
        run(mode, get_account, server.url)
    assert info.value.operation_id == "getAccount" and info.value.field == "account"


def test_error_hierarchy_is_catchable_by_generated_base() -> None:
    from puffle_client.errors import UnexpectedStatus

    assert issubclass(errors.NotFoundError, UnexpectedStatus)
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert issubclass(errors.ResponseValidationError, errors.PuffleError)


def test_undocumented_success_status_uses_the_success_schema(server: FaultServer) -> None:
    from puffle_client.api.senders import create_email_account
    from puffle_client.models.email_account_create_request import EmailAccountCreateRequest

    server.default("POST /api/email/accounts", Reply(200, {"account": {"id": "3c90c3cc-0d44-4b50-8888-8dd25736052a"}}))
    body = EmailAccountCreateRequest.from_dict({"username": "sam", "domain_id": "d1"})
    created = run("sync", create_email_account, server.url, body=body)
    assert created.account.id == "3c90c3cc-0d44-4b50-8888-8dd25736052a"


def test_building_a_model_from_bad_data_is_a_typed_error() -> None:
    from puffle_client.models.email_account_create_request import EmailAccountCreateRequest

    with pytest.raises(errors.ModelDataError) as info:
        EmailAccountCreateRequest.from_dict({"username": "sam"})
    assert (info.value.model, info.value.field) == ("EmailAccountCreateRequest", "domain_id")
    assert isinstance(info.value, errors.PuffleError)
