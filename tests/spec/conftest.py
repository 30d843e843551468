"""The spec, loaded once, and helpers to walk its examples."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "puffle.yaml"
METHODS = ("get", "put", "post", "patch", "delete")


def load_spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


SPEC = load_spec()


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in SPEC["paths"].items():
        for method in METHODS:
            if method in item:
                yield method, path, item[method]


def examples_of(media: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    if "example" in media:
        yield "example", media["example"]
    for name, ex in (media.get("examples") or {}).items():
        if "value" in ex:
            yield name, ex["value"]


def response_examples() -> Iterator[tuple[str, str, str, dict[str, Any], Any]]:
    """(operationId, status, example name, schema, value) for every inline response example."""
    for _, _, op in operations():
        for status, resp in op["responses"].items():
            for ctype, media in (resp.get("content") or {}).items():
                if "json" not in ctype:
                    continue
                for name, value in examples_of(media):
                    yield op["operationId"], str(status), name, media.get("schema", {}), value


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return SPEC
