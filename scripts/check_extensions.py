"""Check every x-puffle-* extension of spec/puffle.yaml against spec/x-puffle.schema.json and the shared reader.

python scripts/check_extensions.py [SPEC]   # exit 1 and list the problems when any extension is malformed

Operations are validated against the schema's ``operation`` definition (which includes one sub-schema per mock
action); every other object carrying x-puffle-* keys against ``annotated``. Then ``puffle._vocabulary`` reads
the document, adding the cross-references a schema cannot check (poll targets, parameter names).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "puffle.yaml"
SCHEMA = ROOT / "spec" / "x-puffle.schema.json"
VOCABULARY = ROOT / "overlays" / "puffle" / "_vocabulary.py"


def _vocabulary() -> ModuleType:
    name = "puffle_vocabulary_for_checks"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, VOCABULARY)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _annotated(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Objects outside operations that carry x-puffle-* keys (extension values themselves are not walked)."""
    if isinstance(node, dict):
        if any(str(k).startswith("x-puffle-") for k in node):
            yield where, node
        for key, value in node.items():
            if not str(key).startswith("x-puffle-"):
                yield from _annotated(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _annotated(value, f"{where}/{i}")


def problems(document: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    vocabulary = _vocabulary()
    jsonschema.Draft202012Validator.check_schema(schema)

    def validator(definition: str) -> jsonschema.Draft202012Validator:
        return jsonschema.Draft202012Validator({**schema, "$ref": f"#/$defs/{definition}"})

    operation, annotated = validator("operation"), validator("annotated")
    found: list[str] = []
    for method, path, op, _ in vocabulary.iter_operations(document):
        where = str(op.get("operationId") or f"{method.upper()} {path}")
        for error in operation.iter_errors(op):
            found.append(f"{where}: {'/'.join(map(str, error.absolute_path)) or '.'}: {error.message[:300]}")
        for key, value in op.items():
            if not str(key).startswith("x-puffle-"):
                for inner, node in _annotated(value, f"{where}/{key}"):
                    found += [f"{inner}: {e.message[:300]}" for e in annotated.iter_errors(node)]
    rest = {k: v for k, v in document.items() if k != "paths"}
    for where, node in _annotated(rest, "#"):
        found += [f"{where}: {e.message[:300]}" for e in annotated.iter_errors(node)]
    if not found:
        try:
            vocabulary.read_operations(document)
        except vocabulary.VocabularyError as exc:
            found.append(str(exc))
    return found


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    spec_path = Path(args[0]) if args else SPEC
    document = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    found = problems(document, schema)
    for line in found:
        print(line, file=sys.stderr)
    if found:
        print(f"{len(found)} x-puffle extension problem(s) in {spec_path}", file=sys.stderr)
        return 1
    print(f"x-puffle extensions of {spec_path.name} match {SCHEMA.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
