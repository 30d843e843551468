"""`make bench`: measure what the SDK costs next to raw httpx, as same-run ratios.

Starts the mock server as a separate process on 127.0.0.1, alternates SDK and baseline runs, takes medians,
prints a table, writes bench/results.json and refreshes the README's benchmark table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import call_site, construction, mock_cpu, parse_peers, workloads  # noqa: E402
from puffle.mock import launch  # noqa: E402

README = ROOT / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


CPUS = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
# With two or more cores, the client and the mock server each get their own, so they do not steal each
# other's time slices in the middle of a measurement.
CLIENT_CPU, SERVER_CPU = (CPUS[0], CPUS[-1]) if len(CPUS) >= 2 else (None, None)


@contextmanager
def mock_server(signals: int) -> Iterator[str]:
    """The bundled mock (puffle.mock.launch) sized for the run, pinned to its own core when there is one."""
    with launch("--seed", "1", "--size", f"signals={signals}", startup_timeout=120) as mock:
        if SERVER_CPU is not None and mock.process is not None:
            os.sched_setaffinity(mock.process.pid, {SERVER_CPU})
        yield mock.url


def alternate(runs: int, sdk: Callable[[], int], base: Callable[[], int]) -> dict[str, Any]:
    """Run sdk/baseline alternately ``runs`` times each; medians of wall and CPU, and their ratios."""
    rows: dict[str, list[tuple[float, float, int]]] = {"sdk": [], "base": []}
    for i in range(runs):
        order = [("sdk", sdk), ("base", base)] if i % 2 == 0 else [("base", base), ("sdk", sdk)]
        for name, fn in order:
            rows[name].append(workloads.timed(fn))
    items = {rows["sdk"][0][2], rows["base"][0][2]}
    if len(items) != 1:
        raise RuntimeError(f"SDK and baseline saw different item counts: {items}")
    med = {k: (statistics.median(r[0] for r in v), statistics.median(r[1] for r in v)) for k, v in rows.items()}
    return {
        "items": items.pop(),
        "runs": runs,
        "sdk_wall_s": round(med["sdk"][0], 4),
        "base_wall_s": round(med["base"][0], 4),
        "sdk_cpu_s": round(med["sdk"][1], 4),
        "base_cpu_s": round(med["base"][1], 4),
        "wall_ratio": round(med["sdk"][0] / med["base"][0], 3),
        "cpu_ratio": round(med["sdk"][1] / med["base"][1], 3),
    }


def import_time(module: str, runs: int) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tempfile.gettempdir()
        )
        times.append(float(out.stdout))
    return statistics.median(times)


def imports(runs: int) -> dict[str, Any]:
    puffle_t, httpx_t = [], []
    for _ in range(runs):  # alternate, one fresh interpreter each
        puffle_t.append(import_time("puffle", 1))
        httpx_t.append(import_time("httpx", 1))
    p, h = statistics.median(puffle_t), statistics.median(httpx_t)
    return {"runs": runs, "puffle_s": round(p, 4), "httpx_s": round(h, 4), "ratio": round(p / h, 3)}


def memory(url: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("memory_probe.py")), url],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def generate_time() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, str(ROOT / "generator" / "generate.py"), "--out", tmp], check=True, capture_output=True
        )
        return {"wall_s": round(time.perf_counter() - t, 2)}


def table(r: dict[str, Any]) -> str:
    p, o, i, m, a, g = (r["pagination"], r["overlay"], r["import"], r["memory"], r["async"], r["generate"])
    rows = [
        (f"1. paginate {p['items']:,} signals vs raw httpx loop (wall)", f"{p['wall_ratio']:.2f}", "<= 1.3"),
        (f"1. paginate {p['items']:,} signals vs raw httpx loop (client CPU)", f"{p['cpu_ratio']:.2f}", "<= 1.4"),
        ("2. paginate vs hand loop of generated sync() (CPU)", f"{o['cpu_ratio']:.3f}", "<= 1.05"),
        ("3. cold `import puffle` vs `import httpx`", f"{i['ratio']:.2f}", "<= 1.5"),
        (f"4. peak RSS growth over {m['items']:,} items", f"{m['peak_rss_growth_mb']:.1f} MB", "<= 30 MB"),
        (
            f"5. AsyncPuffle vs httpx.AsyncClient, {a['items']:,} GETs @20 (throughput)",
            f"{a['throughput_ratio']:.2f}",
            ">= 0.85",
        ),
        ("6. `make generate`", f"{g['wall_s']:.1f} s", "<= 20 s"),
        ("7. `client.leads.create()` vs generated `sync()` (CPU)", f"{r['call_site']['cpu_ratio']:.3f}", "<= 1.03"),
    ]
    for page, row in r.get("parse", {}).items():  # parse_peers.py: CPU per 100-item page vs pydantic v2 / msgspec
        peers = f"; msgspec takes 1/{row['ratio_vs_msgspec']:.1f} of our time" if "ratio_vs_msgspec" in row else ""
        rows.append(
            (f"8. parse a {page} page vs pydantic v2{peers}", f"{row['ratio_vs_pydantic']:.2f}", f"<= {row['target']}")
        )
    if "construction" in r:
        c = r["construction"]
        rows.append(("9. new Puffle + httpx client after the first (CPU)", f"{c['after_first_ms']:.3f} ms", "< 1 ms"))
    if "mock_cpu" in r:  # the mock's CPU per request, largest vs smallest data set, worst page position
        mc = r["mock_cpu"]
        sizes = list(mc["us_per_request"])
        rows.append(
            (
                f"10. mock CPU/request at {sizes[-1]} vs {sizes[0]} items",
                f"{max(mc['ratio_vs_smallest'].values()):.2f}",
                "<= 1.3",
            )
        )
    head = f"Measured {r['date']} on {r['cores']} cores ({r['python']}); medians of alternating runs.\n\n"
    lines = ["| measurement | result | target |", "|---|---:|---:|"] + [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return head + "\n".join(lines)


def write_readme(text: str) -> None:
    readme = README.read_text(encoding="utf-8")
    if START in readme and END in readme:
        head, rest = readme.split(START, 1)
        _, tail = rest.split(END, 1)
        README.write_text(f"{head}{START}\n{text}\n{END}{tail}", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9, help="alternating runs per comparison (min 5)")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke test")
    parser.add_argument("--no-readme", action="store_true")
    args = parser.parse_args()
    runs = max(args.runs, 1 if args.quick else 5)
    if CLIENT_CPU is not None:
        os.sched_setaffinity(0, {CLIENT_CPU})
    small, big = (2_000, 5_000) if args.quick else (20_000, 100_000)
    results: dict[str, Any] = {
        "date": dt.date.today().isoformat(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    with mock_server(small) as url:
        print("pagination ...", flush=True)
        results["pagination"] = alternate(
            runs, lambda: workloads.sdk_paginate(url), lambda: workloads.raw_httpx_loop(url)
        )
        print("overlay overhead ...", flush=True)
        results["overlay"] = alternate(
            runs, lambda: workloads.sdk_paginate(url), lambda: workloads.generated_sync_loop(url)
        )
        print("async ...", flush=True)
        n = 200 if args.quick else 1000
        a = alternate(runs, lambda: workloads.sdk_async_gets(url, n), lambda: workloads.raw_async_gets(url, n))
        a["throughput_ratio"] = round(a["base_wall_s"] / a["sdk_wall_s"], 3)
        results["async"] = a
        print("call site ...", flush=True)
        results["call_site"] = call_site.measure(url, runs, 100 if args.quick else 500)
    with mock_server(big) as url:
        print("memory ...", flush=True)
        results["memory"] = memory(url)
    print("imports ...", flush=True)
    results["import"] = imports(3 if args.quick else 11)
    print("mock cpu ...", flush=True)
    results["mock_cpu"] = (
        mock_cpu.measure((1_000, 5_000), requests=100, rounds=1, cpu=SERVER_CPU)
        if args.quick
        else mock_cpu.measure(cpu=SERVER_CPU)
    )
    print("generate ...", flush=True)
    results["generate"] = generate_time()
    print("parse vs peers ...", flush=True)
    results["parse"] = parse_peers.measure(rounds=5 if args.quick else 15)
    print("client construction ...", flush=True)
    results["construction"] = construction.measure(3 if args.quick else 7)
    # a --quick smoke run never replaces the recorded full results
    out = Path(__file__).with_name("results.quick.json" if args.quick else "results.json")
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    text = table(results)
    print("\n" + text)
    if not args.no_readme and not args.quick:
        write_readme(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
