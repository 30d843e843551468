"""``python -m puffle``: the command-line client (same as the ``puffle`` console script)."""

from puffle.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
