"""Key hygiene and client configuration: the key never leaks; unsafe settings are refused."""

from __future__ import annotations

import logging

import pytest

import puffle
from puffle import errors
from puffle_client.api.account import get_account
from puffle_client.api.api_keys import generate_api_key, revoke_api_key
from tests.conftest import TEST_KEY
from tests.overlay.helpers import ACCOUNT, MODES, run
from tests.support.fault_server import FaultServer, Reply


def test_bearer_header_is_sent(server: FaultServer, client: puffle.Puffle) -> None:
    server.default("GET /api/account", Reply(200, ACCOUNT))
    get_account.sync(client=client)
    headers = {k.lower(): v for k, v in server.seen[-1].headers.items()}
    assert headers["authorization"] == f"Bearer {TEST_KEY}"
    assert headers["user-agent"].startswith("puffle-python/")


def test_session_operations_get_the_cookie_not_the_key(server: FaultServer, no_sleep: list[float]) -> None:
    server.default("DELETE /api/user/api-key", Reply(200, {"revoked": True}))
    with puffle.Puffle(api_key=TEST_KEY, base_url=server.url, session_cookie="session=abc123") as client:
        revoke_api_key.sync(client=client)
    headers = {k.lower(): v for k, v in server.seen[-1].headers.items()}
    assert "authorization" not in headers
    assert headers["cookie"] == "session=abc123"


def test_session_operation_without_cookie_is_a_clear_error(server: FaultServer, client: puffle.Puffle) -> None:
    with pytest.raises(errors.ConfigurationError, match="session_cookie"):
        revoke_api_key.sync(client=client)
    assert server.count("DELETE /api/user/api-key") == 0


def test_session_only_client_needs_no_key(server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PUFFLE_API_KEY", raising=False)
    server.default(
        "POST /api/user/api-key", Reply(201, {"api_key": "pk_live_new", "prefix": "pk_live_n", "message": "m"})
    )
    with puffle.Puffle(base_url=server.url, session_cookie={"session": "abc"}) as client:
        created = generate_api_key.sync(client=client)
        assert created.api_key == "pk_live_new"
        with pytest.raises(errors.ConfigurationError, match="PUFFLE_API_KEY"):
            get_account.sync(client=client)


def test_missing_key_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PUFFLE_API_KEY", raising=False)
    with pytest.raises(errors.ConfigurationError, match="PUFFLE_API_KEY"):
        puffle.Puffle()


def test_environment_variables(monkeypatch: pytest.MonkeyPatch, server: FaultServer) -> None:
    monkeypatch.setenv("PUFFLE_API_KEY", TEST_KEY)
    monkeypatch.setenv("PUFFLE_API_BASE_URL", server.url)
    server.default("GET /api/account", Reply(200, ACCOUNT))
    with puffle.Puffle(rate_limit=None) as client:
        assert client.base_url == server.url
        get_account.sync(client=client)
    assert server.count("GET /api/account") == 1


def test_default_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PUFFLE_API_BASE_URL", raising=False)
    assert puffle.Puffle(api_key=TEST_KEY).base_url == "https://app.puffle.ai"


@pytest.mark.parametrize("url", ["http://app.puffle.ai", "http://10.0.0.5:8080", "ftp://x", "not a url"])
def test_unsafe_base_url_is_refused(url: str) -> None:
    with pytest.raises(errors.ConfigurationError):
        puffle.Puffle(api_key=TEST_KEY, base_url=url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:4010", "http://localhost:4010", "http://[::1]:4010"])
def test_loopback_http_is_allowed(url: str) -> None:
    assert puffle.Puffle(api_key=TEST_KEY, base_url=url).base_url == url


def test_key_without_prefix_warns() -> None:
    with pytest.warns(puffle.PuffleWarning, match="pk_") as record:
        puffle.Puffle(api_key="sk_something_secret")
    assert all("sk_something_secret" not in str(w.message) for w in record)


@pytest.mark.parametrize("mode", MODES)
def test_key_never_leaks(
    server: FaultServer, no_sleep: list[float], mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    # the server echoes the key back in its error message; the SDK must redact it
    server.script("GET /api/account", Reply(503, {"error": {"code": "internal_error", "message": "x"}}))
    server.default(
        "GET /api/account", Reply(401, {"error": {"code": "unauthorized", "message": f"bad key {TEST_KEY}"}})
    )
    with pytest.raises(errors.AuthenticationError) as info:
        run(mode, get_account, server.url)
    exc = info.value
    client = puffle.Puffle(api_key=TEST_KEY, base_url=server.url)
    texts = [
        str(exc),
        repr(exc),
        exc.message,
        repr(client),
        str(client),
        repr(client._auth),
        repr(client.options),
        repr(client.get_httpx_client()),
        repr(client.get_httpx_client().headers),
    ]
    texts += [r.getMessage() for r in caplog.records]
    assert any("retrying" in r.getMessage() for r in caplog.records)
    for text in texts:
        assert TEST_KEY not in text
        assert TEST_KEY[8:] not in text
    client.close()


def test_connection_error_text_has_no_key(no_sleep: list[float]) -> None:
    with pytest.raises(errors.APIConnectionError) as info:
        run("sync", get_account, "http://127.0.0.1:9")
    assert TEST_KEY not in str(info.value) and TEST_KEY not in repr(info.value)
