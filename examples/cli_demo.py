"""The ``puffle`` command line against the bundled mock server: the CLI part of ``make demo``.

Starts ``puffle-mock`` in a child process (``puffle.mock.launch``) and runs a few commands as a user would,
each as its own ``python -m puffle`` process, showing the command, its output and its exit status. With
``PUFFLE_API_KEY`` set it runs only the read-only commands, against the real API (or ``PUFFLE_API_BASE_URL``).
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

DEMO_KEY = "pk_demo_cli_0123456789abcdef"
MISSING_ID = "00000000-0000-4000-8000-000000000000"


def puffle(args: Sequence[str], env: dict[str, str], *, max_lines: int = 12) -> str:
    """Run one command, print it with its (shortened) output and exit status; return its stdout."""
    print(f"\n$ puffle {shlex.join(args)}")
    proc = subprocess.run(
        [sys.executable, "-m", "puffle", *args], capture_output=True, text=True, env=env, timeout=300, check=False
    )
    lines = proc.stdout.splitlines()
    for line in lines[:max_lines]:
        print(line if len(line) <= 150 else line[:147] + "...")
    if len(lines) > max_lines:
        print(f"... ({len(lines) - max_lines} more lines)")
    for line in proc.stderr.splitlines():
        print(f"stderr: {line}")
    print(f"(exit status {proc.returncode})")
    return proc.stdout


def run(env: dict[str, str], *, writes: bool) -> None:
    puffle(["--help"], env, max_lines=8)
    puffle(["account"], env, max_lines=6)
    puffle(["signal", "--all", "--max-items", "3"], env)
    campaigns = json.loads(puffle(["campaign", "--format", "raw"], env, max_lines=1) or "{}").get("campaigns", [])
    if campaigns:
        puffle(["campaign", "--id", str(campaigns[0]["id"])], env, max_lines=6)
    puffle(["campaign", "--id", MISSING_ID], env)
    puffle(["list", "create", "--name", "Berlin RevOps", "--lead-ids", '["a", "b"]', "--dry-run"], env, max_lines=20)
    if writes:
        puffle(
            [
                "lead",
                "search",
                "create",
                "--prompt",
                "Heads of RevOps at Series B SaaS in Berlin",
                "--fetch-count",
                "10",
                "--wait",
                "--poll-interval",
                "0.2",
            ],
            env,
            max_lines=10,
        )


@contextmanager
def demo_env() -> Iterator[tuple[dict[str, str], bool]]:
    """The environment the commands run in: the real API when a key is set, else a fresh mock server."""
    base = dict(os.environ)
    if base.get("PUFFLE_API_KEY"):
        print("PUFFLE_API_KEY is set: read-only commands against", base.get("PUFFLE_API_BASE_URL", "the real API"))
        yield base, False
        return
    from puffle.mock import launch

    with launch("--seed", "1") as mock:
        print(f"puffle-mock running at {mock.url}")
        yield {**base, "PUFFLE_API_KEY": DEMO_KEY, "PUFFLE_API_BASE_URL": mock.url}, True


def main() -> int:
    print("== The puffle command line")
    with demo_env() as (env, writes):
        run(env, writes=writes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
