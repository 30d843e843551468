"""The measured workloads: each SDK loop has a raw-httpx twin doing the same requests."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any

import httpx

import puffle
from puffle_client.api.account import get_account
from puffle_client.api.signals import list_signals
from puffle_client.client import AuthenticatedClient

KEY = "pk_live_bench_0000000000000000"
PAGE = 100


def timed(fn: Callable[[], int]) -> tuple[float, float, int]:
    """(wall seconds, this process's CPU seconds, items) of one run of ``fn``."""
    wall, cpu = time.perf_counter(), time.process_time()
    items = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, items


def sdk_paginate(base_url: str) -> int:
    with puffle.Puffle(api_key=KEY, base_url=base_url, rate_limit=None) as client:
        return sum(1 for _ in puffle.paginate(list_signals, client=client, limit=PAGE))


def raw_httpx_loop(base_url: str) -> int:
    count, cursor = 0, None
    with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {KEY}"}) as client:
        while True:
            params: dict[str, Any] = {"limit": PAGE}
            if cursor:
                params["cursor"] = cursor
            page = json.loads(client.get("/api/signals", params=params).content)
            count += len(page["signals"])
            cursor = page["pagination"]["cursor"]
            if not page["pagination"]["hasMore"] or not cursor:
                return count


def generated_sync_loop(base_url: str) -> int:
    """Hand-written cursor loop over the generated sync() with the plain generated client (no overlay)."""
    count, cursor = 0, None
    with AuthenticatedClient(base_url=base_url, token=KEY) as client:
        while True:
            kwargs: dict[str, Any] = {"limit": PAGE}
            if cursor:
                kwargs["cursor"] = cursor
            page = list_signals.sync(client=client, **kwargs)
            count += len(page.signals)
            cursor = page.pagination.cursor
            if not page.pagination.has_more or not cursor:
                return count


async def _gather(n: int, concurrency: int, call: Callable[[], Any]) -> int:
    sem = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with sem:
            await call()

    await asyncio.gather(*(one() for _ in range(n)))
    return n


def sdk_async_gets(base_url: str, n: int = 1000, concurrency: int = 20) -> int:
    async def main() -> int:
        limits = httpx.Limits(max_connections=concurrency)
        transport = httpx.AsyncHTTPTransport(limits=limits)
        async with puffle.AsyncPuffle(
            api_key=KEY, base_url=base_url, rate_limit=None, async_transport=transport
        ) as client:
            return await _gather(n, concurrency, lambda: get_account.asyncio(client=client))

    return asyncio.run(main())


def raw_async_gets(base_url: str, n: int = 1000, concurrency: int = 20) -> int:
    async def main() -> int:
        limits = httpx.Limits(max_connections=concurrency)
        async with httpx.AsyncClient(
            base_url=base_url, headers={"Authorization": f"Bearer {KEY}"}, limits=limits
        ) as client:

            async def call() -> Any:
                response = await client.get("/api/account")
                response.raise_for_status()
                return json.loads(response.content)

            return await _gather(n, concurrency, call)

    return asyncio.run(main())
