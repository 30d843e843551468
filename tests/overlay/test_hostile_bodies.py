"""Failures after the status line, deadlines, bodies too deep or too big, and odd statuses: all typed.

Every test talks to the real socket server in tests/support/fault_server.py.
"""

from __future__ import annotations

import gzip
import json
import zlib

import httpx
import pytest

from puffle import errors
from puffle_client.api.account import get_account
from puffle_client.api.leads import create_lead
from puffle_client.api.signals import list_signals
from tests.overlay.helpers import ACCOUNT, MODES, lead_body, run
from tests.support.fault_server import FaultServer, Reply

GET = "GET /api/account"
POST = "POST /api/leads"
BODY = json.dumps(ACCOUNT).encode()
DEEP = b"[" * 100_000 + b"]" * 100_000


# -- item 2: failures after the status line ---------------------------------------------------------------------

BROKEN = {
    "cut short": Reply(200, raw=BODY, cut_after=10),
    "reset": Reply(200, raw=BODY, reset_after=10),
    "bad gzip": Reply(200, raw=b"definitely not gzip", headers={"Content-Encoding": "gzip"}),
    "bad deflate": Reply(200, raw=b"not deflate either", headers={"Content-Encoding": "deflate"}),
    "unknown coding": Reply(200, raw=BODY, headers={"Content-Encoding": "x-unknown"}),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_broken_body_of_a_get_is_retried(server: FaultServer, no_sleep: list[float], mode: str, kind: str) -> None:
    server.script(GET, BROKEN[kind])
    server.default(GET, Reply(200, ACCOUNT))
    assert run(mode, get_account, server.url).can_manage_auth is True
    assert server.count(GET) == 2
    assert len(no_sleep) == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_broken_body_ends_as_a_connection_error(
    server: FaultServer, no_sleep: list[float], mode: str, kind: str
) -> None:
    server.default(GET, BROKEN[kind])
    with pytest.raises(errors.APIConnectionError) as info:
        run(mode, get_account, server.url, options={"max_retries": 1})
    assert not isinstance(info.value.__cause__, errors.PuffleError)
    assert "getAccount" in str(info.value)
    assert server.count(GET) == 2


@pytest.mark.parametrize("mode", MODES)
def test_broken_body_of_a_write_is_not_retried(server: FaultServer, no_sleep: list[float], mode: str) -> None:
    server.default(POST, Reply(201, raw=b'{"lead": {"id": "l1"}}', cut_after=5))
    with pytest.raises(errors.APIConnectionError):
        run(mode, create_lead, server.url, body=lead_body())
    assert server.count(POST) == 1  # the write may have been applied: never sent twice


@pytest.mark.parametrize("mode", MODES)
def test_good_gzip_and_deflate_bodies_are_decoded(server: FaultServer, mode: str) -> None:
    server.script(GET, Reply(200, raw=gzip.compress(BODY), headers={"Content-Encoding": "gzip"}))
    server.default(GET, Reply(200, raw=zlib.compress(BODY), headers={"Content-Encoding": "deflate"}))
    assert run(mode, get_account, server.url).can_manage_auth is True
    assert run(mode, get_account, server.url).can_manage_auth is True
    assert server.seen[0].headers.get("Accept-Encoding") == "gzip, deflate"


# -- item 3: deadlines --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_trickling_body_hits_the_attempt_deadline(server: FaultServer, mode: str) -> None:
    # one byte every 0.1 s of a ~90 byte body: each read is fast, the whole attempt is not (timeout=0.5)
    server.default(GET, Reply(200, ACCOUNT, trickle=0.1))
    with pytest.raises(errors.APITimeoutError) as info:
        run(mode, get_account, server.url, options={"timeout": 0.5, "max_retries": 0})
    assert "deadline" in str(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_trickling_headers_hit_the_attempt_deadline(server: FaultServer, mode: str) -> None:
    # ~70 header bytes at 0.05 s each: every read is quick, the status line alone takes longer than timeout=0.5
    server.default(GET, Reply(200, ACCOUNT, trickle_head=0.05))
    with pytest.raises(errors.APITimeoutError):
        run(mode, get_account, server.url, options={"timeout": 0.5, "max_retries": 0})


@pytest.mark.parametrize("mode", MODES)
def test_stalled_body_times_out_and_a_get_is_retried(server: FaultServer, no_sleep: list[float], mode: str) -> None:
    server.script(GET, Reply(200, ACCOUNT, stall=2.0))
    server.default(GET, Reply(200, ACCOUNT))
    assert run(mode, get_account, server.url, options={"timeout": 0.3}).can_manage_auth is True
    assert server.count(GET) == 2


@pytest.mark.parametrize("mode", MODES)
def test_total_timeout_ends_the_retries(server: FaultServer, no_sleep: list[float], mode: str) -> None:
    server.default(GET, Reply(200, ACCOUNT, stall=2.0))
    with pytest.raises(errors.APITimeoutError):
        run(mode, get_account, server.url, options={"timeout": 0.3, "total_timeout": 1.0, "max_retries": 5})
    # attempt 1 takes 0.3 s; the 1 s backoff would pass the 1 s total, so no second attempt
    assert server.count(GET) == 1


# -- item 4: too deep, too big ------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_deep_json_success_body_is_a_validation_error(server: FaultServer, mode: str) -> None:
    server.default(GET, Reply(200, raw=DEEP))
    with pytest.raises(errors.ResponseValidationError, match="nested deeper"):
        run(mode, get_account, server.url)


@pytest.mark.parametrize("mode", MODES)
def test_deep_json_error_body_is_still_a_status_error(server: FaultServer, mode: str) -> None:
    server.default(GET, Reply(400, raw=DEEP))
    with pytest.raises(errors.BadRequestError) as info:
        run(mode, get_account, server.url)
    assert info.value.body is None


@pytest.mark.parametrize("read_ahead", [True, False])
def test_deep_json_page_is_a_validation_error(server: FaultServer, read_ahead: bool) -> None:
    import puffle
    from tests.conftest import TEST_KEY

    server.default("GET /api/signals", Reply(200, raw=b'{"signals": ' + DEEP + b"}"))
    with (
        puffle.Puffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None) as client,
        pytest.raises(errors.ResponseValidationError),
    ):
        list(puffle.paginate(list_signals, client=client, read_ahead=read_ahead))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("coding", ["gzip", "deflate"])
def test_compression_bomb_stops_at_the_size_limit(server: FaultServer, mode: str, coding: str) -> None:
    inflated = b"[" + b" " * (8 * 1024 * 1024) + b"]"  # 8 MiB that compresses to a few KiB
    raw = gzip.compress(inflated) if coding == "gzip" else zlib.compress(inflated)
    assert len(raw) < 64 * 1024
    server.default(GET, Reply(200, raw=raw, headers={"Content-Encoding": coding}))
    with pytest.raises(errors.ResponseTooLargeError) as info:
        run(mode, get_account, server.url, options={"max_response_bytes": 1024 * 1024})
    assert info.value.limit == 1024 * 1024
    assert server.count(GET) == 1  # a size limit is not retried


@pytest.mark.parametrize("mode", MODES)
def test_plain_body_over_the_limit(server: FaultServer, mode: str) -> None:
    server.default(GET, Reply(200, raw=b'"' + b"x" * 300_000 + b'"'))
    with pytest.raises(errors.ResponseTooLargeError):
        run(mode, get_account, server.url, options={"max_response_bytes": 100_000})


def test_default_limit_stops_a_gigabyte_bomb(server: FaultServer) -> None:
    # 1 GiB of zeros: about 1 MiB gzipped; inflating it whole would cost 1 GiB of memory
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = b"\0" * (1024 * 1024)
    raw = b"".join(compressor.compress(block) for _ in range(64)) + compressor.flush()  # 64 MiB > 32 MiB default
    server.default(GET, Reply(200, raw=raw, headers={"Content-Encoding": "gzip"}))
    with pytest.raises(errors.ResponseTooLargeError):
        run("sync", get_account, server.url)


# -- item 5: odd statuses -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirects_are_status_errors_with_location(server: FaultServer, mode: str, status: int) -> None:
    server.default(GET, Reply(status, raw=b"", headers={"Location": "https://elsewhere.example/api/account"}))
    with pytest.raises(errors.APIStatusError) as info:
        run(mode, get_account, server.url)
    assert info.value.status_code == status
    assert info.value.location == "https://elsewhere.example/api/account"
    assert server.count(GET) == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [304, 399, 418, 599, 600, 999])
def test_any_other_status_is_a_status_error(server: FaultServer, no_sleep: list[float], mode: str, status: int) -> None:
    server.default(GET, Reply(status, {"error": {"code": "odd", "message": "odd"}}))
    with pytest.raises(errors.APIStatusError) as info:
        run(mode, get_account, server.url, options={"max_retries": 0})
    assert info.value.status_code == status


def test_informational_final_status_is_a_status_error() -> None:
    # h11 never hands a 1xx to the caller, so this one is checked with an in-process transport
    import puffle
    from tests.conftest import TEST_KEY

    transport = httpx.MockTransport(lambda request: httpx.Response(103, json={}))
    client = puffle.Puffle(api_key=TEST_KEY, base_url="http://127.0.0.1:1", transport=transport)
    with client, pytest.raises(errors.APIStatusError) as info:
        get_account.sync(client=client)
    assert info.value.status_code == 103


@pytest.mark.parametrize("mode", MODES)
def test_a_per_request_timeout_bounds_the_attempt(server: FaultServer, mode: str) -> None:
    # httpx's per-request timeout= (what per-call options pass down) sets the attempt's deadline too
    import asyncio

    import puffle
    from puffle_client.api.account import get_account as op
    from tests.conftest import TEST_KEY

    server.default(GET, Reply(200, ACCOUNT, trickle=0.1))
    kwargs = op._get_kwargs()
    with pytest.raises(errors.APITimeoutError):
        if mode == "sync":
            with puffle.Puffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None, max_retries=0) as c:
                c.get_httpx_client().request(**kwargs, timeout=0.5)
        else:

            async def go() -> None:
                async with puffle.AsyncPuffle(
                    api_key=TEST_KEY, base_url=server.url, rate_limit=None, max_retries=0
                ) as c:
                    await c.get_async_httpx_client().request(**kwargs, timeout=0.5)

            asyncio.run(go())
