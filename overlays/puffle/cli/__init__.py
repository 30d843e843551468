"""``puffle``: every API operation as a command, in the official Puffle CLI's grammar, generated from the spec.

``import puffle`` never imports this package; the console script and ``python -m puffle`` do. A command
imports only the stdlib pieces it needs, the SDK client and the one generated endpoint module it calls.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

__all__ = ["main"]


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the CLI; returns the exit status (see ``puffle --help`` for the codes)."""
    import warnings

    from .._options import PuffleWarning
    from ._errors import report
    from ._parser import build_parser, root_help, route, split_argv
    from ._run import api_key_from, run
    from ._spec import load_commands
    from ._values import UsageError

    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = list(sys.argv[1:] if argv is None else argv)
    parsed: dict[str, object] = {}
    try:
        commands = load_commands()
        words, options = split_argv(args)
        if "--version" in options and not words:
            from .. import __version__

            out.write(f"puffle {__version__}\n")
            return 0
        if not words:
            if options and not {"-h", "--help"} & set(options):
                raise UsageError(f"expected a command before {options[0]}; see `puffle --help`")
            out.write(root_help(commands))
            return 0
        routed = route(commands, words, options)
        if isinstance(routed, str):  # help for a group of commands
            out.write(routed)
            return 0
        command, candidates = routed
        parser = build_parser(command, candidates)
        if {"-h", "--help"} & set(options):
            out.write(parser.format_help())
            prefix = command.words
            subs = [c for c in commands if len(c.words) > len(prefix) and c.words[: len(prefix)] == prefix]
            if subs:
                out.write("\n" + root_help(subs, prefix).split("\n", 2)[2])
            return 0
        parsed = vars(parser.parse_args(options))
        with warnings.catch_warnings():
            # Settings warnings (a key without the pk_ prefix) would break "stderr is one JSON object";
            # the server's answer tells the same story as a proper error.
            warnings.simplefilter("ignore", PuffleWarning)
            return run(command, parsed, out, err)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`puffle signal --all | head`): stop quietly, as tools killed by SIGPIPE do.
        _silence_stdout()
        return 141
    except Exception as exc:  # every failure becomes one JSON error object and an exit status
        out.flush()
        return report(exc, err, secret=api_key_from(parsed) if parsed else None)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again on the closed pipe."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
