"""A retry answered with an operation's "already done" status (a repeat cancel's 409, a repeat delete's 404) tells
the user that the earlier attempt most likely succeeded; the same status to a first attempt is an ordinary error.

The operations come from the spec (``x-puffle-idempotent.alreadyDone`` in the generated metadata), not a list here.
"""

from __future__ import annotations

import importlib
import pickle
import pkgutil
from types import ModuleType

import httpx
import pytest

import puffle_client.api
from puffle import errors
from puffle._retry import already_done_statuses, may_have_applied
from puffle_client.api.account import get_account
from tests.overlay.helpers import ACCOUNT, MODES, run
from tests.support.fault_server import FaultServer, Reply

ERR = {"error": {"code": "internal_error", "message": "boom"}}


def _declaring() -> list[tuple[ModuleType, int]]:
    found = []
    for info in pkgutil.walk_packages(puffle_client.api.__path__, "puffle_client.api."):
        module = importlib.import_module(info.name)
        op = getattr(module, "PUFFLE_OPERATION", None)
        if op is not None:
            found.extend((module, status) for status in sorted(already_done_statuses(op)))
    return found


DECLARING = _declaring()


def _route(module: ModuleType, item: str = "x1") -> str:
    op = module.PUFFLE_OPERATION
    return f"{op['method']} {op['path'].format(id=item)}"


def _done_body(status: int) -> dict[str, object]:
    return {"error": {"code": "already", "message": f"repeat answered {status}"}}


def test_the_spec_declares_already_done_operations() -> None:
    # guards the parametrised tests below against silently running over nothing
    assert DECLARING
    assert all("{id}" in m.PUFFLE_OPERATION["path"] for m, _ in DECLARING)  # the calls below pass only ``id``


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("module", "status"), DECLARING, ids=lambda v: getattr(v, "__name__", str(v)))
def test_retry_answered_already_done_says_the_earlier_attempt_worked(
    server: FaultServer, no_sleep: list[float], mode: str, module: ModuleType, status: int
) -> None:
    route = _route(module)
    server.script(route, Reply(503, ERR), Reply(status, _done_body(status), {"X-Request-Id": "r2"}))
    with pytest.raises(errors.APIStatusError) as info:
        run(mode, module, server.url, id="x1")
    exc = info.value
    assert exc.status_code == status and exc.already_done is True
    assert "earlier attempt most likely succeeded" in str(exc)
    assert server.count(route) == 2  # one retry, and no third send after the already-done answer
    again = pickle.loads(pickle.dumps(exc))
    assert again.already_done is True and str(again) == str(exc)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("module", "status"), DECLARING[:1], ids=lambda v: getattr(v, "__name__", str(v)))
def test_dropped_connection_then_already_done(
    server: FaultServer, no_sleep: list[float], mode: str, module: ModuleType, status: int
) -> None:
    route = _route(module)
    server.script(route, Reply(drop=True), Reply(status, _done_body(status)))
    with pytest.raises(errors.APIStatusError) as info:
        run(mode, module, server.url, id="x1")
    assert info.value.already_done is True
    assert server.count(route) == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("module", "status"), DECLARING, ids=lambda v: getattr(v, "__name__", str(v)))
def test_first_attempt_already_done_status_is_an_ordinary_error(
    server: FaultServer, no_sleep: list[float], mode: str, module: ModuleType, status: int
) -> None:
    route = _route(module)
    server.default(route, Reply(status, _done_body(status)))
    with pytest.raises(errors.APIStatusError) as info:
        run(mode, module, server.url, id="x1")
    assert info.value.status_code == status and info.value.already_done is False
    assert "most likely succeeded" not in str(info.value)
    assert server.count(route) == 1 and no_sleep == []


@pytest.mark.parametrize(("module", "status"), DECLARING[:1], ids=lambda v: getattr(v, "__name__", str(v)))
def test_after_a_429_the_status_is_ordinary(
    server: FaultServer, no_sleep: list[float], module: ModuleType, status: int
) -> None:
    # a 429 is the rate limiter refusing the call, so nothing can have taken effect before the retry
    route = _route(module)
    server.script(route, Reply(429, ERR, {"Retry-After": "0"}), Reply(status, _done_body(status)))
    with pytest.raises(errors.APIStatusError) as info:
        run("sync", module, server.url, id="x1")
    assert info.value.already_done is False
    assert server.count(route) == 2


def test_a_status_the_operation_does_not_declare_stays_ordinary(server: FaultServer, no_sleep: list[float]) -> None:
    assert already_done_statuses(get_account.PUFFLE_OPERATION) == frozenset()
    server.script("GET /api/account", Reply(503, ERR), Reply(409, _done_body(409)))
    server.default("GET /api/account", Reply(200, ACCOUNT))
    with pytest.raises(errors.ConflictError) as info:
        run("sync", get_account, server.url)
    assert info.value.already_done is False


def test_only_attempts_that_may_have_reached_the_server_count() -> None:
    request = httpx.Request("POST", "http://127.0.0.1/x")
    assert may_have_applied(None, httpx.ConnectError("refused", request=request)) is False
    assert may_have_applied(None, httpx.ReadError("reset", request=request)) is True
    assert may_have_applied(httpx.Response(503), None) is True
    assert may_have_applied(httpx.Response(429), None) is False
