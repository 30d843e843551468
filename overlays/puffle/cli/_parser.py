"""From argv to (command, parsed flags): the official CLI's grammar, built from the spec's command records.

Grammar: ``puffle [global options] <word>... [--flag value]...``. The longest run of leading words that names a
command wins; several operations may share words (``puffle campaign`` lists, ``puffle campaign --id X``
fetches one), and the path parameters given decide between them. Each command gets its own argparse parser.
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence
from typing import Any, NoReturn

from ._spec import Command, Flag
from ._values import UsageError

__all__ = ["FORMATS", "GLOBAL_VALUE_OPTIONS", "build_parser", "choose", "root_help", "route", "split_argv"]

FORMATS = ("json", "pretty", "raw")
# Global options that take a value, so that ``puffle --format raw signal`` can put them before the words.
GLOBAL_VALUE_OPTIONS = frozenset({"--format", "--api-key", "--base-url"})

EXIT_CODES = """\
exit codes:
  0  success
  1  the API refused the request (400, 402, 409, 422, ...) or answered with an unreadable body
  2  usage error: unknown command, missing or invalid flag (nothing was sent)
  3  authentication: no API key (set PUFFLE_API_KEY or pass --api-key), or 401/403
  4  not found (404)
  5  rate limited (429 after the client's retries)
  6  server or network error (5xx, connection failure, timeout)
  7  --wait: the task failed or did not finish within --timeout
  141  the reader of stdout went away (e.g. `| head`): stopped quietly"""


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing and exiting, so usage errors share the JSON error format."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def split_argv(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """``(words, options)``: the leading command words, and every option (global ones may precede the words)."""
    options: list[str] = []
    i = 0
    while i < len(argv) and argv[i].startswith("-"):
        options.append(argv[i])
        if argv[i] in GLOBAL_VALUE_OPTIONS and i + 1 < len(argv):
            options.append(argv[i + 1])
            i += 1
        i += 1
    words: list[str] = []
    while i < len(argv) and not argv[i].startswith("-"):
        words.append(argv[i])
        i += 1
    return words, options + list(argv[i:])


def _given(options: Sequence[str]) -> set[str]:
    return {o[2:].split("=", 1)[0] for o in options if o.startswith("--")}


def choose(candidates: Sequence[Command], options: Sequence[str]) -> Command:
    """Among operations sharing command words, the one whose path parameters are all given (the most of them)."""
    given = _given(options)
    fitting = [c for c in candidates if c.path_flags <= given]
    if fitting:
        return max(fitting, key=lambda c: len(c.path_flags))
    return min(candidates, key=lambda c: len(c.path_flags))  # its parser will name the missing flag


def route(
    commands: Sequence[Command], words: Sequence[str], options: Sequence[str]
) -> tuple[Command, list[Command]] | str:
    """The command the words (and path flags) name with its same-word siblings, or help text for a group.

    The longest run of leading words that is a command wins; words naming only a group (``puffle email``)
    give that group's help when asked for, and a usage error otherwise.
    """
    known = {c.words for c in commands}
    length = next((n for n in range(len(words), 0, -1) if tuple(words[:n]) in known), 0)
    prefix = tuple(words[:length])
    if length < len(words):
        under = [c for c in commands if c.words[: len(words)] == tuple(words)]
        if under and {"-h", "--help"} & set(options):
            return root_help(commands, words)
        if under:
            lines = ", ".join(" ".join(c.words) for c in under)
            raise UsageError(f"'puffle {' '.join(words)}' is a command group; its commands: {lines}")
        near = sorted({c.words[length] for c in commands if c.words[:length] == prefix and len(c.words) > length})
        raise UsageError(
            f"unknown command 'puffle {' '.join(words)}'; after '{' '.join(('puffle', *prefix))}' come: "
            + ", ".join(near)
        )
    candidates = [c for c in commands if c.words == prefix]
    return choose(candidates, options), candidates


def _placeholder(flag: Flag) -> str:
    return f"<{flag.name}>"


def _metavar(flag: Flag) -> str:
    if flag.type == "boolean":
        return "true|false"
    if flag.is_file:
        return "PATH"
    if flag.type in ("array", "object"):
        return "JSON"
    enum = flag.schema.get("enum")
    if isinstance(enum, list) and 0 < len(enum) <= 8:
        return "|".join(str(e) for e in enum)
    return {"integer": "INT", "number": "NUMBER"}.get(flag.type or "", "TEXT")


def _flag_help(flag: Flag) -> str:
    where = {"path": "path", "query": "query", "body": "body"}[flag.location]
    text = " ".join(flag.description.split())
    if len(text) > 160:
        text = text[:157].rstrip() + "..."
    kind = flag.type or "any"
    if flag.type == "array" and isinstance(flag.schema.get("items"), dict) and flag.schema["items"].get("type"):
        kind = f"array of {flag.schema['items']['type']}"
    if flag.type == "boolean":
        kind = "boolean; bare flag = true"
    return f"{text} [{where}, {kind}]".replace("%", "%%").strip()


def examples(command: Command) -> list[str]:
    """Example lines in the docs' style: the required flags, then every flag."""
    required = [f for f in command.flags if f.required]
    lines = [" ".join([command.line, *(f"--{f.name} {_placeholder(f)}" for f in required)])]
    if len(required) < len(command.flags):
        every = [f"--{f.name}" if f.type == "boolean" else f"--{f.name} {_placeholder(f)}" for f in command.flags]
        lines.append(" ".join([command.line, *every]))
    return lines


def build_parser(command: Command, siblings: Sequence[Command] = ()) -> argparse.ArgumentParser:
    """The argparse parser of one command: its flags, then the global options that apply to it."""
    summary = command.summary or command.operation_id
    description = f"{summary}\n\n{command.method} {command.path} (operation {command.operation_id})"
    if command.inferred:
        description += "\nThe docs show no CLI line for this route: its command words follow the CLI guide's rules."
    if command.description:
        description += "\n\n" + textwrap.fill(" ".join(command.description.split()), 100)
    epilog = "examples:\n" + "\n".join(f"  {line}" for line in examples(command))
    others = [c for c in siblings if c is not command]
    if others:
        epilog += "\n\nsame words, other operations:\n" + "\n".join(
            f"  {c.line} {' '.join(f'--{n} <{n}>' for n in sorted(c.path_flags))}  ({c.summary or c.operation_id})"
            for c in others
        )
    parser = _Parser(
        prog=command.line,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        add_help=True,
        allow_abbrev=False,
    )
    # Only path and query parameters are required on the command line. Required body fields are the server's
    # to check, as in the official CLI, whose docs lines omit them (`puffle campaign create`).
    required = parser.add_argument_group("required flags")
    api_required = parser.add_argument_group("body fields the API requires (checked by the server)")
    optional = parser.add_argument_group("optional flags")
    names = {f.name for f in command.flags}
    for index, flag in enumerate(command.flags):
        enforced = flag.required and flag.location != "body"
        group = required if enforced else api_required if flag.required else optional
        extra: dict[str, Any] = {"nargs": "?", "const": "true"} if flag.type == "boolean" else {}
        group.add_argument(
            f"--{flag.name}",
            dest=f"flag_{index}",
            metavar=_metavar(flag),
            required=enforced,
            help=_flag_help(flag),
            **extra,
        )
    _add_globals(parser.add_argument_group("global options"), command, names)
    return parser


def _add_globals(group: Any, command: Command, taken: set[str]) -> None:
    """Global options; an operation field of the same name wins (e.g. a body field called ``all``)."""

    def add(name: str, **kwargs: Any) -> None:
        if name not in taken:
            group.add_argument(f"--{name}", dest=name.replace("-", "_"), **kwargs)

    add("format", choices=FORMATS, default="json", help="json (default), pretty: formatted JSON; raw: the body as-is")
    add("api-key", metavar="KEY", help="API key (default: $PUFFLE_API_KEY)")
    add("base-url", metavar="URL", help="API base URL (default: $PUFFLE_API_BASE_URL or https://app.puffle.ai)")
    add("dry-run", action="store_true", help="print the request as JSON {method, url, headers, body}; send nothing")
    if command.paginated:
        add("all", action="store_true", help="walk every page; write one JSON item per line as they arrive")
        add("max-items", type=_positive_int, metavar="N", help="with --all (implied): stop after N items")
    if command.task:
        add("wait", action="store_true", help="poll the started task until it ends; print the final task")
        add("timeout", type=_positive_float, default=600.0, metavar="SECONDS", help="--wait gives up after this")
        add("poll-interval", type=_positive_float, metavar="SECONDS", help="--wait: first poll delay (spec default)")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be > 0, got {value}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected seconds, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be > 0, got {text}")
    return value


def root_help(commands: Sequence[Command], prefix: Sequence[str] = ()) -> str:
    """The root ``--help`` (command groups) or, for a prefix such as ``email``, the commands under it."""
    lines = [
        "usage: puffle [--format json|pretty|raw] [--api-key KEY] [--base-url URL] <command> [--flag value ...]",
        "",
    ]
    if prefix:
        lines.append(f"commands under '{' '.join(prefix)}':")
        for c in commands:
            if c.words[: len(prefix)] == tuple(prefix):
                lines.append(f"  {' '.join(c.words):34} {c.summary or c.operation_id}")
    else:
        lines += [
            "The Puffle API on the command line: one command per API operation, generated from the spec.",
            "Run `puffle <command> --help` for a command's flags and examples.",
            "",
            "command groups:",
        ]
        groups: dict[str, list[str]] = {}
        for c in commands:
            sub = " ".join(c.words[1:]) or "(bare)"
            groups.setdefault(c.words[0], [])
            if sub not in groups[c.words[0]]:
                groups[c.words[0]].append(sub)
        for group, subs in groups.items():
            lines += textwrap.wrap(", ".join(subs), 100, initial_indent=f"  {group:12} ", subsequent_indent=" " * 15)
        lines += [
            "",
            "global options:",
            "  --format json|pretty|raw  json (default) / pretty: formatted JSON of the response; raw: the body as-is",
            "  --api-key KEY             default $PUFFLE_API_KEY",
            "  --base-url URL            default $PUFFLE_API_BASE_URL, else https://app.puffle.ai",
            "  --dry-run                 print the request as JSON instead of sending it",
            "  --all, --max-items N      paginated commands: every item as JSON Lines",
            "  --wait, --timeout S       commands that start a task: poll until it ends",
            "",
            EXIT_CODES,
        ]
    return "\n".join(lines) + "\n"
