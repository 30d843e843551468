"""Child process: peak RSS growth (MB) while iterating every signal of the mock with puffle.paginate.

Reads VmRSS/VmHWM from /proc (the peak is reset first through clear_refs), because ru_maxrss survives exec
and would report the parent's peak instead of this process's.
"""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

import puffle
from puffle_client.api.signals import list_signals

KEY = "pk_live_bench_0000000000000000"


def status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024.0  # kB
    raise RuntimeError(f"{field} not in /proc/self/status")


def main() -> None:
    base_url = sys.argv[1]
    with puffle.Puffle(api_key=KEY, base_url=base_url, rate_limit=None) as client:
        # baseline: interpreter, puffle and the endpoint module imported, client built, nothing fetched yet
        # (so the growth includes loading the model modules, the connection and the read-ahead thread)
        gc.collect()
        Path("/proc/self/clear_refs").write_text("5")  # reset the peak (VmHWM) to the current RSS
        before = status_mb("VmRSS")
        count = sum(1 for _ in puffle.paginate(list_signals, client=client, limit=100))
        peak = status_mb("VmHWM")
    print(json.dumps({"items": count, "peak_rss_growth_mb": round(peak - before, 2), "baseline_mb": round(before, 1)}))


if __name__ == "__main__":
    main()
