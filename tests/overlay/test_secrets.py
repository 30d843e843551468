"""The API key and the session cookie never show in exception text, attributes, reprs or logs, also when a
server echoes them (in the error message, the error ``code`` or ``X-Request-Id``), whole or in part."""

from __future__ import annotations

import logging
import pickle
from typing import Any

import pytest

import puffle
from puffle import errors
from puffle_client.api.account import get_account
from puffle_client.api.api_keys import revoke_api_key
from tests.conftest import TEST_KEY
from tests.overlay.helpers import MODES
from tests.support.fault_server import FaultServer, Reply

COOKIE_VALUE = "s3ss10n-t0k3n-abcdef0123456789"
COOKIE = f"session={COOKIE_VALUE}"
SECRETS = [TEST_KEY, TEST_KEY[8:], TEST_KEY.split("_", 2)[2], f"Bearer {TEST_KEY}", COOKIE, COOKIE_VALUE]


def echoes(secret: str) -> list[Reply]:
    """Error answers that echo ``secret`` in every place a server can put it."""
    return [
        Reply(401, {"error": {"code": "unauthorized", "message": f"bad credential {secret}"}}),
        Reply(400, {"error": {"code": secret, "message": "no"}}),
        Reply(400, {"error": f"flat shape {secret}"}),
        Reply(404, {"error": {"code": "not_found", "message": "x"}}, headers={"X-Request-Id": secret}),
        Reply(409, {"message": secret}, headers={"X-Echo": secret, "Location": f"/x?{secret}"}),
    ]


def call(mode: str, server: FaultServer, module: Any) -> errors.APIStatusError:
    import asyncio

    opts: dict[str, Any] = {"rate_limit": None, "max_retries": 0, "session_cookie": COOKIE}
    with pytest.raises(errors.APIStatusError) as info:
        if mode == "sync":
            with puffle.Puffle(api_key=TEST_KEY, base_url=server.url, **opts) as client:
                module.sync(client=client)
        else:

            async def go() -> None:
                async with puffle.AsyncPuffle(api_key=TEST_KEY, base_url=server.url, **opts) as client:
                    await module.asyncio(client=client)

            asyncio.run(go())
    return info.value


def visible(exc: BaseException) -> list[str]:
    texts = [str(exc), repr(exc), str(pickle.loads(pickle.dumps(exc)))]
    for name in ("message", "code", "request_id", "location"):
        texts.append(str(getattr(exc, name, "")))
    headers = getattr(exc, "headers", None)
    if headers is not None:
        texts += [repr(headers), repr(dict(headers)), str(list(headers.items()))]
    request = getattr(exc, "request", None)
    if request is not None:
        texts += [repr(request), repr(dict(request.headers)), str(list(request.headers.items()))]
    return texts


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("secret", [TEST_KEY, f"Bearer {TEST_KEY}", TEST_KEY[8:], COOKIE, COOKIE_VALUE])
@pytest.mark.parametrize("case", range(5))
def test_echoed_secrets_are_redacted(server: FaultServer, mode: str, secret: str, case: int) -> None:
    module, route = (
        (revoke_api_key, "DELETE /api/user/api-key") if "session" in secret else (get_account, "GET /api/account")
    )
    server.default(route, echoes(secret)[case])
    exc = call(mode, server, module)
    for text in visible(exc):
        for s in SECRETS:
            assert s not in text
    assert "[redacted]" in " ".join(visible(exc))


@pytest.mark.parametrize("mode", MODES)
def test_connection_errors_hide_credentials_in_the_kept_request(mode: str) -> None:
    import asyncio

    opts: dict[str, Any] = {"rate_limit": None, "max_retries": 0, "session_cookie": COOKIE}
    with pytest.raises(errors.APIConnectionError) as info:
        if mode == "sync":
            with puffle.Puffle(api_key=TEST_KEY, base_url="http://127.0.0.1:9", **opts) as client:
                revoke_api_key.sync(client=client)
        else:

            async def go() -> None:
                async with puffle.AsyncPuffle(api_key=TEST_KEY, base_url="http://127.0.0.1:9", **opts) as client:
                    await get_account.asyncio(client=client)

            asyncio.run(go())
    for text in visible(info.value):
        for s in SECRETS:
            assert s not in text


def test_retry_logs_carry_no_secret(
    server: FaultServer, no_sleep: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="puffle")
    server.script("GET /api/account", Reply(200, raw=b"{}", cut_after=1), Reply(503, {"error": TEST_KEY}))
    server.default("GET /api/account", Reply(401, {"error": TEST_KEY}))
    with (
        puffle.Puffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None) as client,
        pytest.raises(errors.AuthenticationError),
    ):
        get_account.sync(client=client)
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) >= 2
    for message in messages:
        for s in SECRETS:
            assert s not in message
