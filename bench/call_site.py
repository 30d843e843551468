"""The call site's cost: ``client.<resource>.<method>(...)`` next to the generated function it wraps.

Both sides use the same `puffle.Puffle` client against the same mock server and send the same requests (a GET
and a POST with a JSON body), so the CPU ratio is what the resource layer adds: keyword handling, the body
built from keywords and the per-request options check. Target: at most 1.03.

Run alone (``python bench/call_site.py [--quick]``) or as part of ``make bench``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import puffle
from bench import workloads
from puffle_client.api.account import get_account
from puffle_client.api.leads import create_lead
from puffle_client.models.lead_input import LeadInput


def resource_calls(base_url: str, n: int) -> int:
    with puffle.Puffle(api_key=workloads.KEY, base_url=base_url, rate_limit=None) as client:
        for i in range(n):
            client.account.retrieve()
            client.leads.create(title=f"CTO {i}", domain="example.com")
    return 2 * n


def generated_calls(base_url: str, n: int) -> int:
    with puffle.Puffle(api_key=workloads.KEY, base_url=base_url, rate_limit=None) as client:
        for i in range(n):
            get_account.sync(client=client)
            create_lead.sync(client=client, body=LeadInput(title=f"CTO {i}", domain="example.com"))
    return 2 * n


def measure(url: str, runs: int, n: int) -> dict[str, Any]:
    from bench.run import alternate

    return alternate(runs, lambda: resource_calls(url, n), lambda: generated_calls(url, n))


def main() -> int:
    from bench.run import mock_server

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    with mock_server(100) as url:
        result = measure(url, 3 if args.quick else 9, 100 if args.quick else 500)
    print(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
