"""Smoke test run INSIDE a fresh virtual environment where only the built wheel (with the mock extra) is installed.

Not collected by pytest (no test_ prefix); test_dist.py runs it with the venv's python. Prints the steps done as
JSON. The resource client (``client.account.retrieve()``) and the ``puffle`` command are required when the test
says they exist in the source tree, so adding them to the project turns these steps on.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import threading
import time
from importlib.metadata import version
from pathlib import Path


def start_mock(bin_dir: Path) -> tuple[subprocess.Popen[str], str]:
    """Run the wheel's ``puffle-mock`` console script on a free port and wait for its ready line (bounded)."""
    from puffle.mock.server import READY_PREFIX

    process = subprocess.Popen(
        [str(bin_dir / "puffle-mock"), "--port", "0", "--seed", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    found: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith(READY_PREFIX) and not found:
                found.append(line[len(READY_PREFIX) :].strip())

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + 60
    while not found:
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise SystemExit("puffle-mock did not start")
        time.sleep(0.05)
    return process, found[0]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", type=Path, required=True, help="the venv's bin folder")
    parser.add_argument("--expect-resources", action="store_true")
    parser.add_argument("--expect-cli", action="store_true")
    args = parser.parse_args()
    steps: list[str] = []

    import puffle
    from puffle_client.api.account import get_account
    from puffle_client.api.signals import list_signals

    # The installed wheel, not the clone: the package lives in this environment.
    assert Path(puffle.__file__).resolve().is_relative_to(Path(sys.prefix).resolve()), puffle.__file__
    assert version("puffle") == puffle.__version__
    steps.append("import")

    mock, url = start_mock(args.bin)
    try:
        with puffle.Puffle(api_key="pk_test_smoke", base_url=url, max_retries=0) as client:
            me = get_account.sync(client=client)
            assert type(me).__name__ == "Account", me
            steps.append("generated call")
            signals = list(puffle.paginate(list_signals, client=client, max_items=3))
            assert len(signals) == 3, signals
            steps.append("paginate")
            if args.expect_resources:
                again = client.account.retrieve()  # type: ignore[attr-defined]
                assert type(again) is type(me), again
                steps.append("resource call")
    finally:
        mock.terminate()
        mock.wait(timeout=10)
    if args.expect_cli:
        done = subprocess.run(
            [str(args.bin / "puffle"), "--help"], capture_output=True, text=True, timeout=60, check=True
        )
        assert "usage" in done.stdout.lower(), done.stdout
        steps.append("cli")
    print(json.dumps({"steps": steps, "version": puffle.__version__}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
