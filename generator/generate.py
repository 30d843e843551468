"""Regenerate ``generated/puffle_client`` from ``spec/puffle.yaml`` and ``templates/``.

Usage::

    python generator/generate.py                 # write generated/puffle_client
    python generator/generate.py --check         # regenerate into a temp dir; exit 1 with a diff if stale
    python generator/generate.py --out DIR       # write the package into DIR/puffle_client

The script drives openapi-python-client from Python so that templates can see the spec's ``x-puffle-*``
extensions (stock openapi-python-client drops vendor extensions before templates run). Output is deterministic:
the same spec and templates give identical bytes.
"""

from __future__ import annotations

import argparse
import copy
import difflib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

sys.path.insert(0, str(Path(__file__).resolve().parent))
from model_code import RESPONSE_ONLY, model_code
from operation_meta import build_operation_meta
from resources import build_tree, render, typing_of

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "puffle.yaml"
EXTENSION_SCHEMA = ROOT / "spec" / "x-puffle.schema.json"
TEMPLATES = ROOT / "templates"
CONFIG = Path(__file__).resolve().parent / "config.yaml"
PACKAGE = "puffle_client"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def load_spec(path: Path = SPEC) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def generator_input(spec: dict[str, Any]) -> dict[str, Any]:
    """The document handed to openapi-python-client: only success responses are kept.

    Error statuses are handled once, by the runtime (typed exceptions), so generated functions return the
    success model alone instead of a union with error models.
    """
    doc = copy.deepcopy(spec)
    _plain_ids(doc)
    _mark_response_only(doc)
    for item in doc.get("paths", {}).values():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            op["responses"] = {
                code: resp for code, resp in op.get("responses", {}).items() if str(code).startswith("2")
            }
    return doc


def _plain_ids(node: Any) -> None:
    """Generate ``format: uuid`` strings as ``str``: ids are opaque tokens that users pass straight back to the
    API, and parsing each one into ``uuid.UUID`` was the largest cost of reading a page of items."""
    if isinstance(node, dict):
        if node.get("format") == "uuid":
            del node["format"]
        for value in node.values():
            _plain_ids(value)
    elif isinstance(node, list):
        for value in node:
            _plain_ids(value)


def _mark_response_only(doc: dict[str, Any]) -> None:
    """Tag every object schema that no request body or parameter can reach with ``x-puffle-response-only``.

    Only the server builds those, so the model template (generator/model_code.py) declares a field the server
    may omit as ``X | None = None`` instead of ``X | Unset``, which request models keep because there "not sent"
    differs from an explicit null."""
    schemas = doc.get("components", {}).get("schemas", {})
    used_in_requests: set[str] = set()

    def refs(node: Any) -> None:  # collect component names reachable from node, following $refs
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in used_in_requests:
                    used_in_requests.add(name)
                    refs(schemas.get(name))
            for value in node.values():
                refs(value)
        elif isinstance(node, list):
            for value in node:
                refs(value)

    for item in doc.get("paths", {}).values():
        refs(item.get("parameters"))
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is not None:
                refs(op.get("requestBody"))
                refs(op.get("parameters"))

    def mark(node: Any) -> None:  # the schema and the inline object schemas inside it
        if isinstance(node, dict):
            if "$ref" not in node and (node.get("type") == "object" or "properties" in node):
                node[RESPONSE_ONLY] = True
            for key, value in node.items():
                if key not in ("example", "examples", "default", "enum", "const"):
                    mark(value)
        elif isinstance(node, list):
            for value in node:
                mark(value)

    for name, schema in schemas.items():
        if name not in used_in_requests:
            mark(schema)


def _fail(errors: list[GeneratorError]) -> None:
    for err in errors:
        print(f"{err.level.name}: {err.header}\n{err.detail or ''}", file=sys.stderr)
    raise SystemExit(1)


def generate(out_dir: Path, spec_path: Path = SPEC) -> Path:
    """Generate the package into ``out_dir / PACKAGE`` and return that path."""
    spec = load_spec(spec_path)
    package_dir = out_dir / PACKAGE
    ruff = Path(sys.executable).parent / "ruff"
    ruff_cfg = ROOT / "pyproject.toml"
    config_file = ConfigFile.load_from_path(CONFIG)
    os.environ["PATH"] = f"{ruff.parent}{os.pathsep}{os.environ.get('PATH', '')}"
    config_file.post_hooks = [
        f'ruff check . --config "{ruff_cfg}" --fix-only --quiet --exit-zero --no-cache',
        f'ruff format . --config "{ruff_cfg}" --quiet --no-cache',
    ]
    with tempfile.TemporaryDirectory() as tmp:
        doc_path = Path(tmp) / "openapi.json"
        doc_path.write_text(json.dumps(generator_input(spec)), encoding="utf-8")
        config = Config.from_sources(
            config_file, MetaType.NONE, doc_path, "utf-8", overwrite=True, output_path=package_dir
        )
        openapi = GeneratorData.from_dict(json.loads(doc_path.read_text(encoding="utf-8")), config=config)
        if isinstance(openapi, GeneratorError):
            _fail([openapi])
        assert not isinstance(openapi, GeneratorError)
        project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
        meta = build_operation_meta(spec, project, PACKAGE)
        project.env.globals["puffle_operation"] = meta.for_endpoint
        project.env.globals["puffle_index"] = meta.index
        project.env.filters["pyrepr"] = meta.pyrepr
        tree, by_endpoint, dicts = build_tree(project, meta)
        project.env.globals["puffle_typing"] = typing_of(by_endpoint)
        project.env.globals["model_code"] = model_code
        problems = list(project.build())
        if problems:  # any generator warning means part of the spec was not turned into code
            _fail(problems)
        # Files openapi-python-client does not write itself.
        (package_dir / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
        ops = project.env.get_template("operations_index.py.jinja").render()
        (package_dir / "_operations.py").write_text(ops, encoding="utf-8")
        descriptors = project.env.get_template("resources_descriptors.py.jinja").render()
        (package_dir / "_descriptors.py").write_text(descriptors, encoding="utf-8")
        render(project.env, package_dir, tree, dicts)
        (package_dir / "openapi.json").write_text(
            json.dumps(spec, indent=1, sort_keys=False, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        # The schema of the x-puffle-* vocabulary travels with the document it describes.
        shutil.copyfile(EXTENSION_SCHEMA, package_dir / "x-puffle.schema.json")
        written = [package_dir / "_operations.py", package_dir / "_descriptors.py", package_dir / "resources"]
        subprocess.run(
            [str(ruff), "check", "--config", str(ruff_cfg), "--fix-only", "--quiet", "--exit-zero", "--no-cache"]
            + [str(p) for p in written],
            check=True,
        )
        subprocess.run(
            [str(ruff), "format", "--config", str(ruff_cfg), "--quiet", "--no-cache"] + [str(p) for p in written],
            check=True,
        )
    return package_dir


def _tree_diff(old: Path, new: Path) -> list[str]:
    out: list[str] = []

    def walk(cmp: filecmp.dircmp[str], rel: Path) -> None:
        for name in sorted(cmp.left_only):
            if name != "__pycache__":
                out.append(f"only in committed tree: {rel / name}")
        for name in sorted(cmp.right_only):
            if name != "__pycache__":
                out.append(f"missing from committed tree: {rel / name}")
        for name in sorted(cmp.diff_files):
            a = (Path(cmp.left) / name).read_text(encoding="utf-8").splitlines(keepends=True)
            b = (Path(cmp.right) / name).read_text(encoding="utf-8").splitlines(keepends=True)
            out.extend(difflib.unified_diff(a, b, f"committed/{rel / name}", f"regenerated/{rel / name}"))
        for name, sub in sorted(cmp.subdirs.items()):
            if name != "__pycache__":
                walk(sub, rel / name)

    cmp = filecmp.dircmp(str(old), str(new), ignore=["__pycache__"])
    walk(cmp, Path(PACKAGE))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail with a diff when generated/ is stale")
    parser.add_argument("--out", type=Path, help="write into this folder instead of generated/")
    parser.add_argument("--spec", type=Path, default=SPEC, help="spec to generate from (default spec/puffle.yaml)")
    args = parser.parse_args()
    target = ROOT / "generated" / PACKAGE
    with tempfile.TemporaryDirectory() as tmp:
        fresh = generate(Path(tmp) if (args.check or args.out is None) else args.out, args.spec)
        if args.out is not None:
            return 0
        if args.check:
            if not target.exists():
                print(f"{target} does not exist: run `make generate`", file=sys.stderr)
                return 1
            diff = _tree_diff(target, fresh)
            if diff:
                sys.stdout.writelines(line if line.endswith("\n") else line + "\n" for line in diff[:400])
                print("\ngenerated/ is stale: run `make generate` and commit the result.", file=sys.stderr)
                return 1
            print("generated/ is up to date with spec/ and templates/.")
            return 0
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(fresh, target, ignore=shutil.ignore_patterns("__pycache__"))
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
