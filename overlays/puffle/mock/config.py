"""Settings of one mock server process (what the command-line options turn into)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["MockConfig", "RateSpec", "parse_rate", "parse_sizes"]

_UNITS = {"s": 1.0, "sec": 1.0, "second": 1.0, "m": 60.0, "min": 60.0, "minute": 60.0, "h": 3600.0, "hour": 3600.0}


@dataclass(frozen=True)
class RateSpec:
    """``requests`` per ``per`` seconds, per API key."""

    requests: int
    per: float

    def __str__(self) -> str:
        return f"{self.requests}/{self.per:g}s"


def parse_rate(text: str) -> RateSpec:
    """``"100/min"`` -> RateSpec(100, 60.0); units: s, sec, second, m, min, minute, h, hour (optionally ``5/10s``)."""
    found = re.fullmatch(r"\s*(\d+)\s*/\s*(\d*\.?\d*)\s*([a-z]+)\s*", text.lower())
    if not found or found.group(3) not in _UNITS or int(found.group(1)) < 1:
        raise ValueError(f"rate limit must look like 100/min or 5/10s, got {text!r}")
    scale = float(found.group(2)) if found.group(2) else 1.0
    return RateSpec(int(found.group(1)), scale * _UNITS[found.group(3)])


def parse_sizes(pairs: list[str]) -> dict[str, int]:
    """``["signals=500", "leads=200"]`` -> ``{"signals": 500, "leads": 200}``."""
    sizes: dict[str, int] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not value.strip().isdigit():
            raise ValueError(f"--size expects RESOURCE=COUNT, got {pair!r}")
        sizes[name.strip()] = int(value)
    return sizes


@dataclass
class MockConfig:
    """Behaviour knobs of the mock server; every one has a command-line option of the same name."""

    seed: int = 0
    sizes: dict[str, int] = field(default_factory=dict)
    page_size: int = 50
    fail_tasks: bool = False
    rate_limit: RateSpec | None = None
    error_rate: float = 0.0
    latency: float = 0.0
    session_token: str | None = None
    validate_responses: bool = False
    spec_path: str | None = None
    max_produce: int = 1000
    # Seconds a client gets to send a request's head, and then its body: half-open connections are closed
    # (head) or answered 408 (body) instead of being held for ever.
    read_timeout: float = 10.0
