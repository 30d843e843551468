"""Smaller promises of the clients: picklable errors, use after close, option checks, one shared pool, proxies,
and sync/async clients that cannot be mixed up."""

from __future__ import annotations

import asyncio
import inspect
import math
import pickle
import threading
from typing import Any

import httpx
import pytest

import puffle
from puffle import errors
from puffle._connections import environment_proxy
from puffle_client.api.account import get_account
from tests.conftest import TEST_KEY
from tests.overlay.helpers import ACCOUNT
from tests.support.fault_server import FaultServer, Reply

GET = "GET /api/account"


def _instances() -> list[BaseException]:
    """One instance of every exception class puffle.errors exports, built the way the SDK builds it."""
    response = httpx.Response(
        429, json={"error": {"code": "rate_limited", "message": "m"}}, headers={"x-request-id": "r1"}
    )
    found: list[BaseException] = []
    for name in errors.__all__:
        cls = getattr(errors, name)
        if not (inspect.isclass(cls) and issubclass(cls, BaseException)):
            continue
        if issubclass(cls, errors.APIStatusError):
            exc: BaseException = errors.error_for_response(response, operation_id="getAccount", retry_after=1.5)
            exc = (
                cls(
                    "m",
                    status_code=429,
                    code="c",
                    body={"a": 1},
                    content=b"{}",
                    headers=response.headers,
                    request_id="r1",
                    operation_id="op",
                )
                if cls is not errors.RateLimitError
                else exc
            )
        elif cls in (errors.TaskFailedError, errors.TaskBlockedError):
            exc = cls("failed", task={"status": "failed"}, status="failed", operation_id="op")
        elif cls is errors.TaskTimeoutError:
            exc = cls("slow", task=None, status="running", operation_id="op", waited=3.0)
        elif issubclass(cls, errors.APIConnectionError):
            exc = cls("down", request=httpx.Request("GET", "http://127.0.0.1/x"), operation_id="op")
        elif cls is errors.ResponseTooLargeError:
            exc = cls("big", limit=10, operation_id="op")
        elif cls is errors.ResponseValidationError:
            exc = cls("op", status_code=200, body=b"{}", field="id", reason="r")
        elif cls is errors.ModelDataError:
            exc = cls("Model", field="id", reason="r")
        elif cls is errors.InvalidParameterError:
            exc = cls("id", "bad")
        elif cls is errors.UnexpectedStatus:
            exc = cls(302, b"", operation_id="op")
        else:
            exc = cls("message")
        found.append(exc)
    return found


@pytest.mark.parametrize("exc", _instances(), ids=lambda e: type(e).__name__)
def test_every_error_survives_pickle(exc: BaseException) -> None:
    again = pickle.loads(pickle.dumps(exc))
    assert type(again) is type(exc)
    assert str(again) == str(exc)
    for name, value in vars(exc).items():
        if isinstance(value, httpx.Request):
            assert (again.__dict__[name].method, again.__dict__[name].url) == (value.method, value.url)
        elif isinstance(value, httpx.Headers):
            assert dict(again.__dict__[name]) == dict(value)
        else:
            assert again.__dict__[name] == value


def test_status_error_from_a_real_server_survives_pickle(server: FaultServer, client: puffle.Puffle) -> None:
    server.default(GET, Reply(404, {"error": {"code": "not_found", "message": "gone"}}, {"X-Request-Id": "r9"}))
    with pytest.raises(errors.NotFoundError) as info:
        get_account.sync(client=client)
    again = pickle.loads(pickle.dumps(info.value))
    assert (again.status_code, again.code, again.request_id, again.operation_id) == (
        404,
        "not_found",
        "r9",
        "getAccount",
    )


# -- use after close ----------------------------------------------------------------------------------------------


def test_use_after_close_is_typed(server: FaultServer) -> None:
    server.default(GET, Reply(200, ACCOUNT))
    client = puffle.Puffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None)
    copy = client.with_options(max_retries=0)
    get_account.sync(client=copy)
    client.close()
    for c in (client, copy):
        with pytest.raises(errors.ClientClosedError):
            get_account.sync(client=c)
    with pytest.raises(errors.ClientClosedError):
        client.with_options(max_retries=1)


def test_async_use_after_close_is_typed(server: FaultServer) -> None:
    server.default(GET, Reply(200, ACCOUNT))

    async def go() -> None:
        client = puffle.AsyncPuffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None)
        await get_account.asyncio(client=client)
        await client.aclose()
        with pytest.raises(errors.ClientClosedError):
            await get_account.asyncio(client=client)

    asyncio.run(go())


def test_closing_a_copy_leaves_the_original_usable(server: FaultServer) -> None:
    server.default(GET, Reply(200, ACCOUNT))
    with puffle.Puffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None) as client:
        copy = client.with_options(timeout=3)
        get_account.sync(client=copy)
        copy.close()
        assert get_account.sync(client=client).can_manage_auth is True


# -- invalid options ----------------------------------------------------------------------------------------------

BAD_OPTIONS: list[dict[str, Any]] = [
    {"timeout": -1},
    {"timeout": 0},
    {"timeout": math.nan},
    {"timeout": math.inf},
    {"timeout": httpx.Timeout(5, read=-1)},
    {"total_timeout": -1},
    {"total_timeout": math.nan},
    {"max_retries": -1},
    {"max_retries": 1.5},
    {"max_retries": True},
    {"max_response_bytes": 0},
    {"options": puffle.ClientOptions().evolve(max_retries=1), "initial_retry_delay": math.inf},
]


@pytest.mark.parametrize("kwargs", BAD_OPTIONS, ids=repr)
def test_invalid_options_are_refused_at_construction(kwargs: dict[str, Any]) -> None:
    with pytest.raises((errors.ConfigurationError, TypeError)):
        if "initial_retry_delay" in kwargs:
            kwargs["options"].evolve(initial_retry_delay=kwargs["initial_retry_delay"])
        else:
            puffle.Puffle(api_key=TEST_KEY, base_url="http://127.0.0.1:1", **kwargs)
    with pytest.raises(errors.ConfigurationError):
        puffle.Puffle(api_key=TEST_KEY, base_url="http://127.0.0.1:1").with_options(**{"timeout": -1})


def test_options_take_seconds_directly() -> None:
    assert puffle.ClientOptions(timeout=5).timeout == httpx.Timeout(5)  # type: ignore[arg-type]
    assert puffle.ClientOptions(timeout=5).attempt_timeout == 5  # type: ignore[arg-type]
    with pytest.raises(errors.ConfigurationError):
        puffle.ClientOptions(timeout="soon")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "limit",
    [dict(per=math.inf), dict(requests=math.nan), dict(requests=math.inf), dict(burst=math.nan), dict(per=0)],
    ids=repr,
)
def test_invalid_rate_limits_are_refused(limit: dict[str, float]) -> None:
    with pytest.raises(errors.ConfigurationError):
        puffle.RateLimit(**limit)


# -- one connection pool for every copy ---------------------------------------------------------------------------


def test_copies_used_concurrently_share_one_pool(server: FaultServer) -> None:
    server.default(GET, Reply(200, ACCOUNT))
    client = puffle.Puffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None)
    copies = [client.with_options(max_retries=i % 3, headers={"X-Copy": str(i)}) for i in range(9)]
    barrier = threading.Barrier(len(copies))

    def use(c: puffle.Puffle) -> None:
        barrier.wait()
        get_account.sync(client=c)

    threads = [threading.Thread(target=use, args=(c,)) for c in copies]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    pools = {id(c.get_httpx_client()._transport.inner) for c in copies}  # type: ignore[attr-defined]
    assert len(pools) == 1
    assert sorted(s.headers["X-Copy"] for s in server.seen) == [str(i) for i in range(9)]
    shared = client._pool.sync_transport
    client.close()
    assert client._pool.sync_transport is None and shared is not None
    with pytest.raises(errors.ClientClosedError):
        get_account.sync(client=copies[0])


# -- proxies from the environment ---------------------------------------------------------------------------------


def test_https_proxy_from_the_environment_is_used(server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", server.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with (
        puffle.Puffle(api_key=TEST_KEY, base_url="https://api.example.invalid", rate_limit=None, max_retries=0) as c,
        pytest.raises(errors.APIConnectionError),
    ):
        get_account.sync(client=c)  # the fault server is no real proxy: it answers CONNECT with a 404
    assert [s.path for s in server.seen] == ["api.example.invalid:443"]
    assert server.seen[0].method == "CONNECT"


def test_proxy_password_stays_out_of_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://user:pr0xy-s3cret-pw@127.0.0.1:9")
    client = puffle.Puffle(api_key=TEST_KEY, base_url="https://api.example.invalid")
    # httpx does not put proxy URLs into its errors today; the client's redactor is ready if it ever does
    assert client._redactor.text("via http://user:pr0xy-s3cret-pw@proxy") == "via http://user:[redacted]@proxy"


def test_proxy_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    assert environment_proxy("https://app.puffle.ai") is None
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.local:3128")
    assert environment_proxy("https://app.puffle.ai") == "http://proxy.local:3128"
    assert environment_proxy("http://127.0.0.1:8080") is None  # a local mock server is never proxied
    monkeypatch.setenv("NO_PROXY", "puffle.ai")
    assert environment_proxy("https://app.puffle.ai") is None


# -- sync and async clients are different kinds (issue 9 item 6) --------------------------------------------------


def test_async_function_with_a_sync_client_is_a_clear_type_error() -> None:
    client = puffle.Puffle(api_key=TEST_KEY, base_url="http://127.0.0.1:1")
    with pytest.raises(TypeError, match="synchronous client"):
        asyncio.run(get_account.asyncio(client=client))  # type: ignore[arg-type]


def test_sync_function_with_an_async_client_is_a_clear_type_error() -> None:
    client = puffle.AsyncPuffle(api_key=TEST_KEY, base_url="http://127.0.0.1:1")
    with pytest.raises(TypeError, match="asynchronous client"):
        get_account.sync(client=client)  # type: ignore[arg-type]


def test_session_operations_accept_puffle() -> None:
    from puffle_client.client import AsyncAuthenticatedClient, AuthenticatedClient

    assert issubclass(puffle.Puffle, AuthenticatedClient)
    assert issubclass(puffle.AsyncPuffle, AsyncAuthenticatedClient)


def test_outside_httpx_clients_are_refused_with_a_reason() -> None:
    with pytest.raises(TypeError, match="transport="):
        puffle.Puffle(api_key=TEST_KEY, base_url="http://127.0.0.1:1").set_httpx_client(httpx.Client())
    with pytest.raises(TypeError, match="async_transport="):
        puffle.AsyncPuffle(api_key=TEST_KEY, base_url="http://127.0.0.1:1").set_async_httpx_client(httpx.AsyncClient())


def test_with_options_headers_are_sent(server: FaultServer, client: puffle.Puffle) -> None:
    server.default(GET, Reply(200, ACCOUNT))
    get_account.sync(client=client.with_options(headers={"X-Trace": "t1"}))
    get_account.sync(client=client)
    assert [s.headers.get("X-Trace") for s in server.seen] == ["t1", None]
