"""Child process: peak RSS growth (MB) while iterating every signal of the mock with puffle.paginate."""

from __future__ import annotations

import gc
import json
import resource
import sys

import puffle
from puffle_client.api.signals import list_signals

KEY = "pk_live_bench_0000000000000000"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux reports KiB


def main() -> None:
    base_url = sys.argv[1]
    with puffle.Puffle(api_key=KEY, base_url=base_url, rate_limit=None) as client:
        # baseline: interpreter, puffle and the endpoint module imported, client built, nothing fetched yet
        # (so the growth includes loading the model modules, the connection and the read-ahead thread)
        gc.collect()
        before = rss_mb()
        count = sum(1 for _ in puffle.paginate(list_signals, client=client, limit=100))
        after = rss_mb()
    print(json.dumps({"items": count, "peak_rss_growth_mb": round(after - before, 2), "baseline_mb": round(before, 1)}))


if __name__ == "__main__":
    main()
