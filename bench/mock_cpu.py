"""The mock server's CPU per request as its data grows: 1k, 20k and 100k signals, first, middle and last page.

The server runs as its own process (puffle.mock.launch, pinned to its own core when there is one); its CPU
time is read from /proc/<pid>/stat (user + system) before and after a batch of identical page requests, so
the client's cost is not counted. The target is a flat profile: a request at 100k items costs at most 1.3x
one at 1k, on the last page as on the first. Run alone: ``python bench/mock_cpu.py [--quick]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from puffle.mock import launch  # noqa: E402

SIZES = (1_000, 20_000, 100_000)
LIMIT = 50
TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime (fields 14 and 15 of the full line)


def _cursors(client: httpx.Client, url: str, size: int) -> dict[str, str | None]:
    """Cursors that open the first, middle and last page (a cursor is the id of the item before the page)."""
    ids = [row["id"] for row in client.get(f"{url}/__mock/items/signals", timeout=300).json()["items"]]
    assert len(ids) == size, (len(ids), size)
    return {"first": None, "middle": ids[size // 2 - 1], "last": ids[size - LIMIT - 1]}


def _batch(client: httpx.Client, url: str, cursor: str | None, pid: int, requests: int) -> float:
    params: dict[str, Any] = {"limit": LIMIT}
    if cursor:
        params["cursor"] = cursor
    client.get(f"{url}/api/signals", params=params).raise_for_status()  # warm
    before = _cpu_seconds(pid)
    for _ in range(requests):
        response = client.get(f"{url}/api/signals", params=params)
        if len(response.json()["signals"]) != LIMIT:
            raise RuntimeError(f"expected a full page of {LIMIT}")
    return (_cpu_seconds(pid) - before) / requests


def measure(
    sizes: tuple[int, ...] = SIZES, requests: int = 300, rounds: int = 3, cpu: int | None = None
) -> dict[str, Any]:
    """Server CPU microseconds per request for each size and page position, and the ratios to the smallest size."""
    per: dict[str, dict[str, float]] = {}
    for size in sizes:
        with launch("--seed", "1", "--size", f"signals={size}", startup_timeout=300) as mock:
            assert mock.process is not None
            pid = mock.process.pid
            if cpu is not None:
                os.sched_setaffinity(pid, {cpu})
            with httpx.Client(headers={"Authorization": "Bearer pk_bench"}, timeout=60) as client:
                cursors = _cursors(client, mock.url, size)
                samples: dict[str, list[float]] = {name: [] for name in cursors}
                for _ in range(rounds):  # positions interleaved, medians over rounds
                    for name, cursor in cursors.items():
                        samples[name].append(_batch(client, mock.url, cursor, pid, requests))
        per[str(size)] = {name: round(statistics.median(v) * 1e6, 1) for name, v in samples.items()}
    smallest, largest = str(sizes[0]), str(sizes[-1])
    ratios = {name: round(per[largest][name] / per[smallest][name], 3) for name in per[smallest]}
    return {"limit": LIMIT, "requests": requests, "rounds": rounds, "us_per_request": per, "ratio_vs_smallest": ratios}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="1k and 5k items, fewer requests")
    args = parser.parse_args()
    result = measure((1_000, 5_000), requests=100, rounds=1) if args.quick else measure()
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
