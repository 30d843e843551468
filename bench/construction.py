"""Client construction cost: the first client of a process vs every one after it (issue 14 item 3).

The first client builds the process's shared SSL context (loading the CA bundle, ~20 ms); every later client
reuses it and its ``with_options`` copies share one pool, so building one (and its httpx client) should cost
well under 1 ms. The baseline is ``httpx.Client()``, which builds a fresh SSL context each time. Each
measurement runs in a fresh interpreter so that "first" really is the first; times are CPU time
(process_time), so that other work on a shared machine does not blur them.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from typing import Any

_PROBE = """
import json, time
import httpx
import puffle

def make():
    c = puffle.Puffle(api_key="pk_bench_construction", base_url="https://app.puffle.ai", rate_limit=None)
    c.get_httpx_client()  # the transports are built lazily: include them
    c.close()

t = time.process_time(); make(); first = time.process_time() - t
n = {n}
t = time.process_time()
for _ in range(n):
    make()
after = (time.process_time() - t) / n
t = time.process_time()
for _ in range(10):
    httpx.Client().close()
raw = (time.process_time() - t) / 10
print(json.dumps({{"first_ms": first * 1e3, "after_first_ms": after * 1e3, "httpx_client_ms": raw * 1e3}}))
"""


def measure(runs: int, clients: int = 200) -> dict[str, Any]:
    samples = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _PROBE.format(n=clients)], check=True, capture_output=True, text=True
        ).stdout
        samples.append(json.loads(out))
    result = {key: round(statistics.median(s[key] for s in samples), 3) for key in samples[0]}
    result["ratio_vs_httpx_client"] = round(result["after_first_ms"] / result["httpx_client_ms"], 4)
    return result


if __name__ == "__main__":
    print(json.dumps(measure(3), indent=2))
