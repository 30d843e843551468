"""``python -m puffle.mock`` and the ``puffle-mock`` command: run the mock server (see ``--help``)."""

from __future__ import annotations

import sys

from . import MockExtraMissing, require_extra


def main(argv: list[str] | None = None) -> int:
    """Check the ``mock`` extra first, so a missing one says how to install it instead of a traceback."""
    try:
        require_extra()
    except MockExtraMissing as exc:
        print(f"puffle-mock: {exc}", file=sys.stderr)
        return 2
    from .cli import main as run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
