"""Sync and async clients are different types: mypy rejects a client of the wrong kind (issue 9 item 6)."""

from __future__ import annotations

import os
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[2]

SNIPPET = """
import puffle
from puffle_client.api.account import get_account
from puffle_client.api.api_keys import revoke_api_key


async def wrong_kind(sync_client: puffle.Puffle, async_client: puffle.AsyncPuffle) -> None:
    await get_account.asyncio(client=sync_client)  # line 8
    get_account.sync(client=async_client)  # line 9


async def right_kind(sync_client: puffle.Puffle, async_client: puffle.AsyncPuffle) -> None:
    await get_account.asyncio(client=async_client)
    get_account.sync(client=sync_client)
    revoke_api_key.sync(client=sync_client)  # a session-cookie operation: needs an AuthenticatedClient
    await revoke_api_key.asyncio(client=async_client)
"""


def test_mypy_rejects_only_the_wrong_kind_of_client(tmp_path: Path) -> None:
    path = tmp_path / "snippet.py"
    path.write_text(SNIPPET, encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(ROOT)  # the project's mypy settings (paths to generated/ and overlays/)
    try:
        out, _, status = api.run(["--strict", "--cache-dir", str(ROOT / ".mypy_cache"), str(path)])
    finally:
        os.chdir(cwd)
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 1, out
    assert [line.split(":")[1] for line in errors] == ["8", "9"], out
    assert 'incompatible type "Puffle"; expected "AsyncClient"' in errors[0]
    assert 'incompatible type "AsyncPuffle"; expected "Client"' in errors[1]
