"""Run one parsed command through the SDK: build the request with the generated module, send it with `Puffle`.

The generated module's ``_get_kwargs`` builds the request exactly as the library does (path quoting, query
names, the ``puffle_operation`` extension that drives retries, auth and typed errors in the transport); the
CLI hands it the flag values. ``--all`` is `puffle.paginate`, ``--wait`` is `puffle.wait_for`.
"""

from __future__ import annotations

import enum
import importlib
import json
import os
import re
import sys
import time
import typing
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any, BinaryIO, TextIO

from .._options import ENV_KEY
from ._errors import MissingKeyError
from ._spec import Command, Flag
from ._values import UsageError, convert

__all__ = ["run"]

# Dry runs never send, so they work without a key; the header is shown redacted either way.
_DRY_RUN_KEY = "pk_dry_run"
_REDACTED = "[redacted]"


class _JsonBody:
    """Stands in for the generated request model: the body is exactly the fields given on the command line."""

    def __init__(self, fields: Mapping[str, Any]) -> None:
        self.fields = dict(fields)

    def to_dict(self) -> dict[str, Any]:
        return self.fields


class _MultipartBody(_JsonBody):
    """A multipart body: file fields are read from the given paths, other fields sent as text parts."""

    def to_multipart(self) -> list[tuple[str, Any]]:
        parts: list[tuple[str, Any]] = []
        for name, value in self.fields.items():
            if isinstance(value, Path):
                import mimetypes

                mime = mimetypes.guess_type(value.name)[0] or "application/octet-stream"
                parts.append((name, (value.name, value.read_bytes(), mime)))
            else:
                text = value if isinstance(value, str) else json.dumps(value)
                parts.append((name, (None, text.encode(), "text/plain")))
        return parts


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _flag_values(command: Command, parsed: Mapping[str, Any]) -> dict[Flag, Any]:
    values: dict[Flag, Any] = {}
    for index, flag in enumerate(command.flags):
        text = parsed.get(f"flag_{index}")
        if text is not None:
            values[flag] = convert(flag, text)
    return values


def _coerce(flag: Flag, hint: Any, value: Any) -> Any:
    """The generated function wants enum members and date(-time) objects where the spec says so, not strings."""
    import datetime

    for option in typing.get_args(hint) or (hint,):
        if isinstance(option, type) and issubclass(option, enum.Enum):
            return option(value)
        if option in (datetime.datetime, datetime.date) and isinstance(value, str):
            try:
                return option.fromisoformat(value)
            except ValueError:
                raise UsageError(f"--{flag.name}: expected an ISO 8601 {option.__name__}, got {value!r}") from None
    return value


def _call_kwargs(module: ModuleType, command: Command, values: Mapping[Flag, Any]) -> dict[str, Any]:
    """Keyword arguments of the generated ``_get_kwargs`` for these flag values."""
    function = module._get_kwargs
    code = function.__code__
    python_names = {_norm(p): p for p in code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]}
    hints = function.__annotations__  # generated modules evaluate annotations at definition time
    kwargs: dict[str, Any] = {}
    body: dict[str, Any] = {}
    # Top-level body fields first, so that a nested flag (--write-policy -> output.writePolicy) adds to an
    # object given whole (--output '{...}') instead of being replaced by it.
    for flag, value in sorted(values.items(), key=lambda item: len(item[0].path)):
        if flag.location == "body":
            node = body
            for part in flag.path[:-1]:
                node = node.setdefault(part, {})
                if not isinstance(node, dict):
                    raise UsageError(f"--{flag.name} sets {flag.field}, but {part} was given as something else")
            node[flag.path[-1]] = value
            continue
        name = python_names.get(_norm(flag.field))
        if name is None:  # the generator and the spec disagree: a bug, not a user error
            raise RuntimeError(f"{command.operation_id}: no generated argument for parameter {flag.field!r}")
        kwargs[name] = _coerce(flag, hints.get(name), value)
    if command.body_content_type and (body or command.body_required):
        multipart = command.body_content_type.startswith("multipart/")
        kwargs["body"] = _MultipartBody(body) if multipart else _JsonBody(body)
    return kwargs


def _plain(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _write_json(data: Any, out: TextIO, *, compact: bool = False) -> None:
    out.write(json.dumps(data, ensure_ascii=False, indent=None if compact else 2, default=str) + "\n")


def _dry_run(http: Any, request_kwargs: Mapping[str, Any], command: Command, out: TextIO) -> None:
    request = http.build_request(**{k: v for k, v in request_kwargs.items() if k != "extensions"})
    headers = dict(request.headers)
    if command.auth == "bearer":
        headers["authorization"] = f"Bearer {_REDACTED}"
    content = request.read()
    body: Any = None
    if content:
        if "json" in request.headers.get("content-type", ""):
            body = json.loads(content)
        else:
            body = {"multipart": [name for name, _ in request_kwargs.get("files", [])]}
    _write_json({"method": request.method, "url": str(request.url), "headers": headers, "body": body}, out)


def _progress(count: int, err: TextIO) -> None:
    err.write(f"\r{count} items")
    err.flush()


def _walk(
    module: ModuleType, client: Any, kwargs: dict[str, Any], max_items: int | None, out: TextIO, err: TextIO
) -> None:
    from ..pagination import paginate

    show = err.isatty()  # a progress count is for people watching, never for a script reading stderr
    count = 0
    last = time.monotonic()
    try:
        for item in paginate(module, client=client, max_items=max_items, **kwargs):
            _write_json(_plain(item), out, compact=True)
            count += 1
            if show and time.monotonic() - last > 0.2:
                out.flush()
                _progress(count, err)
                last = time.monotonic()
    finally:
        out.flush()
        if show:
            _progress(count, err)
            err.write("\n")


def _write_bytes(content: bytes, out: TextIO) -> None:
    """Write bytes untouched (through the text stream's buffer when it has one, e.g. sys.stdout)."""
    buffer: BinaryIO | None = getattr(out, "buffer", None)
    out.flush()
    if buffer is None:
        out.write(content.decode("utf-8", errors="replace"))
        out.flush()
        return
    buffer.write(content)
    buffer.flush()


def api_key_from(parsed: Mapping[str, Any]) -> str | None:
    key = parsed.get("api_key") or os.environ.get(ENV_KEY) or ""
    return key.strip() or None


def run(command: Command, parsed: Mapping[str, Any], out: TextIO, err: TextIO | None = None) -> int:
    """Execute ``command`` with argparse's result; output on ``out``; raises on failure (see `_errors.report`)."""
    values = _flag_values(command, parsed)  # usage errors surface here, before anything is sent
    key = api_key_from(parsed)
    dry_run = bool(parsed.get("dry_run"))
    if key is None and command.auth == "bearer" and not dry_run:
        raise MissingKeyError(f"No Puffle API key: set the {ENV_KEY} environment variable or pass --api-key")
    module = importlib.import_module(command.module)
    kwargs = _call_kwargs(module, command, values)

    from .._client import Puffle

    with Puffle(api_key=key or _DRY_RUN_KEY, base_url=parsed.get("base_url")) as client:
        http = client.get_httpx_client()
        request_kwargs = module._get_kwargs(**kwargs)
        if dry_run:
            _dry_run(http, request_kwargs, command, out)
            return 0
        if parsed.get("all") or parsed.get("max_items"):
            _walk(module, client, kwargs, parsed.get("max_items"), out, err or sys.stderr)
            return 0
        response = http.request(**request_kwargs)
        if parsed.get("wait"):
            from ..polling import wait_for

            started = module._build_response(client=client, response=response).parsed
            final = wait_for(
                module,
                started,
                client=client,
                timeout=float(parsed.get("timeout") or 600.0),
                interval=parsed.get("poll_interval"),
                start_args={k: v for k, v in kwargs.items() if k != "body"},
            )
            _write_json(_plain(final), out, compact=parsed.get("format") == "raw")
            return 0
        _output(response.content, parsed.get("format") or "json", out)
    return 0


def _output(content: bytes, fmt: str, out: TextIO) -> None:
    if fmt == "raw":
        _write_bytes(content, out)
        return
    if not content.strip():
        return
    try:
        data = json.loads(content)
    except ValueError:
        _write_bytes(content, out)  # not JSON: show it as it came rather than fail after a successful call
        return
    _write_json(data, out)
