"""Command line of the mock server: ``puffle-mock`` / ``python -m puffle.mock``."""

from __future__ import annotations

import argparse
import logging
import sys

from .config import MockConfig, parse_rate, parse_sizes
from .server import serve
from .spec import SpecError

__all__ = ["build_parser", "config_from_args", "main"]


def _fraction(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 60.0:
        raise argparse.ArgumentTypeError("must be between 0 and 60 seconds")
    return value


def _timeout(text: str) -> float:
    value = float(text)
    if not 0.05 <= value <= 3600.0:
        raise argparse.ArgumentTypeError("must be between 0.05 and 3600 seconds")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="puffle-mock",
        description="Stateful mock of the Puffle API, driven by the OpenAPI spec bundled with puffle_client.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=4010, help="port to listen on; 0 picks a free one (default 4010)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated data (default 0)")
    parser.add_argument(
        "--size",
        action="append",
        default=[],
        metavar="RESOURCE=COUNT",
        help="seeded item count of a resource, e.g. --size signals=500 (repeatable)",
    )
    parser.add_argument(
        "--page-size", type=int, default=50, help="page size when the spec declares no default limit (default 50)"
    )
    parser.add_argument("--fail-tasks", action="store_true", help="async tasks end in their failure status")
    parser.add_argument("--rate-limit", metavar="N/UNIT", help="per-API-key limit, e.g. 100/min; 429 + Retry-After")
    parser.add_argument("--error-rate", type=_fraction, default=0.0, help="fraction of requests answered with 500")
    parser.add_argument("--latency", type=_seconds, default=0.0, help="seconds added to every API request")
    parser.add_argument(
        "--session-token", help="the only accepted value of the `session` cookie (default: any non-empty value)"
    )
    parser.add_argument(
        "--validate-responses",
        action="store_true",
        help="check every success response against the spec and answer 500 when it does not match",
    )
    parser.add_argument(
        "--read-timeout",
        type=_timeout,
        default=10.0,
        help="seconds a client gets to send a request's head, then its body (default 10)",
    )
    parser.add_argument("--spec", help="serve this OpenAPI file instead of the one bundled with puffle_client")
    parser.add_argument("--access-log", action="store_true", help="log every request")
    return parser


def config_from_args(args: argparse.Namespace) -> MockConfig:
    return MockConfig(
        seed=args.seed,
        sizes=parse_sizes(args.size),
        page_size=args.page_size,
        fail_tasks=args.fail_tasks,
        rate_limit=parse_rate(args.rate_limit) if args.rate_limit else None,
        error_rate=args.error_rate,
        latency=args.latency,
        session_token=args.session_token,
        validate_responses=args.validate_responses,
        spec_path=args.spec,
        read_timeout=args.read_timeout,
    )


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = config_from_args(args)
    except ValueError as exc:
        parser.error(str(exc))
    if args.page_size < 1:
        parser.error("--page-size must be at least 1")
    logging.basicConfig(level=logging.INFO if args.access_log else logging.WARNING, format="%(name)s: %(message)s")
    try:
        serve(config, args.host, args.port, access_log=args.access_log)
    except (SpecError, ValueError) as exc:
        print(f"puffle-mock: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0
