"""The spec says only what the docs say: every claim is backed by a reference page or marked as inferred.

The reference pages (the harvested API docs, one file per endpoint, plus the API overview) are copied into
tests/data/reference/ so the checks run without ../shared. "Backed" means the cited page (``x-puffle-source``,
or by default the operation's pages from OPERATIONS.md) really contains the evidence; "marked" means
``x-puffle-inferred: true`` with an ``x-puffle-note`` saying why.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.spec.conftest import SPEC, operations

REFERENCE = Path(__file__).resolve().parents[1] / "data" / "reference"
OVERVIEW = "puffle-api-overview.txt"
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
PLACEHOLDER = re.compile(r"<[a-z]+>")
# Values the docs generator fills in where a page has no real example.
GENERATOR_VALUES = ("<string>", "4503599627370495", "3c90c3cc-0d44-4b50-8888-8dd25736052a", "2023-11-07T05:31:56Z")


def _pages_of_operations() -> dict[str, list[str]]:
    pages: dict[str, list[str]] = {}
    for line in (REFERENCE / "api" / "OPERATIONS.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 7 and re.fullmatch(r"[a-z][A-Za-z]+", cells[3]) and cells[3] != "operationId":
            pages[cells[3]] = [f.strip() for f in cells[7].split(",")]
    return pages


PAGES = _pages_of_operations()


@cache
def text_of(page: str) -> str:
    path = REFERENCE / page if page == OVERVIEW else REFERENCE / "api" / page
    return path.read_text(encoding="utf-8")


def sources(node: dict[str, Any]) -> list[str]:
    value = node.get("x-puffle-source")
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def marked(node: dict[str, Any]) -> bool:
    return node.get("x-puffle-inferred") is True and bool(str(node.get("x-puffle-note") or "").strip())


def _walk(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{where}/{i}")


def test_the_reference_covers_every_operation() -> None:
    assert sorted(PAGES) == sorted(op["operationId"] for _, _, op in operations())
    for pages in PAGES.values():
        for page in pages:
            assert text_of(page)


def test_every_cited_page_is_in_the_reference() -> None:
    cited = [(where, page) for where, node in _walk(SPEC, "#") for page in sources(node)]
    assert cited
    missing = [(where, page) for where, page in cited if not (REFERENCE / "api" / page).exists() and page != OVERVIEW]
    assert missing == []


# -- x-puffle-idempotent -----------------------------------------------------------------------------------------

REPEAT_SAFE = re.compile(
    r"idempot|safe to (call|retry|repeat)|calling twice is safe|repeat\w* .{0,40}(safe|collapse)|upsert|"
    r"whole-object replacement|without charging|retry with the same",
    re.IGNORECASE,
)
IDEMPOTENT = [(op["operationId"], op["x-puffle-idempotent"]) for *_, op in operations() if "x-puffle-idempotent" in op]


@pytest.mark.parametrize(("operation_id", "flag"), IDEMPOTENT, ids=[i for i, _ in IDEMPOTENT])
def test_idempotent_flag_is_backed_or_marked(operation_id: str, flag: Any) -> None:
    assert isinstance(flag, dict), "a bare `true` says nothing about where it comes from"
    cited = sources(flag)
    assert cited or marked(flag)
    if cited:
        assert any(page in PAGES[operation_id] for page in cited), "cite the operation's own page"
        assert any(REPEAT_SAFE.search(text_of(page)) for page in cited), "the cited page says nothing about repeats"
    if flag.get("alreadyDone") and not marked(flag):
        text = "".join(text_of(page) for page in cited)
        for status in flag["alreadyDone"]:
            assert re.search(rf"\b{status}\b.{{0,300}}(repeat|second|again)", text, re.IGNORECASE | re.DOTALL)


def test_retried_calls_that_answer_already_done_are_declared() -> None:
    declared = {op_id: tuple(flag.get("alreadyDone", ())) for op_id, flag in IDEMPOTENT}
    # the two repeats the docs (or HTTP DELETE semantics) answer with an error status after a success
    assert declared["cancelEnrichment"] == (409,)
    assert declared["discardDraftThread"] == (404,)


# -- nullable by tolerance -----------------------------------------------------------------------------------------


def _nullable(node: Any, path: str = "") -> list[str]:
    found: list[str] = []
    if not isinstance(node, dict):
        return found
    types = node.get("type")
    branches = (node.get("anyOf") or []) + (node.get("oneOf") or [])
    if path and ((isinstance(types, list) and "null" in types) or any(b.get("type") == "null" for b in branches)):
        found.append(path)
    for name, sub in (node.get("properties") or {}).items():
        found += _nullable(sub, f"{path}.{name}" if path else name)
    if isinstance(node.get("items"), dict):
        found += _nullable(node["items"], f"{path}[]")
    return found


def shows_null(field: str, text: str) -> bool:
    """The page shows ``field`` as null: in a JSON example, a field table, or prose."""
    f = re.escape(field)
    return bool(
        re.search(
            rf'"{f}"\s*:\s*null|`{f}`[^\n|]*\bnull|\|\s*`?{f}`?\s*\|[^\n]*\bnull|\b{f}\b[^\n]{{0,80}}\bnullable|'
            rf"\b{f} is null",
            text,
        )
    )


NULLABLE = {name: _nullable(schema) for name, schema in SCHEMAS.items() if _nullable(schema)}


def test_there_are_nullable_schemas_to_check() -> None:
    assert len(NULLABLE) >= 50


@pytest.mark.parametrize("name", sorted(NULLABLE))
def test_nullable_schema_is_backed_or_marked(name: str) -> None:
    schema = SCHEMAS[name]
    if marked(schema):
        return
    cited = sources(schema)
    assert cited, f"{name}: {NULLABLE[name]} are nullable, but nothing cites the docs or marks it inferred"
    text = "".join(text_of(page) for page in cited)
    unbacked = [p for p in NULLABLE[name] if not shows_null(re.split(r"[.\[\]]+", p.strip("[]"))[-1], text)]
    assert unbacked == [], f"{name}: the cited pages show no null for these"


def test_the_tolerance_note_names_the_fields_it_covers() -> None:
    for name, schema in SCHEMAS.items():
        note = str(schema.get("x-puffle-note") or "")
        if "Nullable by tolerance" in note:
            assert name in NULLABLE
            listed = re.findall(r"`([^`]+)`", note.split("Nullable by tolerance", 1)[1])
            assert set(listed) <= set(NULLABLE[name]), name


# -- examples ------------------------------------------------------------------------------------------------------


def _leaves(value: Any) -> Iterator[tuple[str, str]]:
    """("key", name) and ("value", text) for every key and string in an example."""
    if isinstance(value, dict):
        for key, sub in value.items():
            yield "key", str(key)
            yield from _leaves(sub)
    elif isinstance(value, list):
        for sub in value:
            yield from _leaves(sub)
    elif isinstance(value, str):
        yield "value", value


def _examples() -> Iterator[tuple[str, Any, list[dict[str, Any]], str]]:
    """(where, value, holders from the innermost out, operationId) for every JSON example of every operation."""
    for _, _, op in operations():
        medias: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
        body = op.get("requestBody") or {}
        medias += [("request", media, body) for media in (body.get("content") or {}).values()]
        for status, response in op["responses"].items():
            medias += [(str(status), media, response) for media in (response.get("content") or {}).values()]
        op_id = op["operationId"]
        for where, media, outer in medias:
            if "example" in media:
                yield f"{op_id}:{where}", media["example"], [media, outer], op_id
            for name, example in (media.get("examples") or {}).items():
                yield f"{op_id}:{where}:{name}", example.get("value"), [example, media, outer], op_id


EXAMPLES = list(_examples())


def test_there_are_examples_to_check() -> None:
    assert len(EXAMPLES) >= 88


def _in_text(item: str, text: str) -> bool:
    return item in text or json.dumps(item)[1:-1] in text


@pytest.mark.parametrize(("where", "value", "holders", "operation_id"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_comes_from_the_docs_or_is_marked(
    where: str, value: Any, holders: list[dict[str, Any]], operation_id: str
) -> None:
    if any(marked(holder) for holder in holders):
        return
    cited = next((sources(h) for h in holders if sources(h)), PAGES[operation_id])
    text = "".join(text_of(page) for page in cited)
    invented = sorted(
        {item for _, item in _leaves(value) if not PLACEHOLDER.fullmatch(item) and not _in_text(item, text)}
    )
    assert invented == [], f"not on {cited}: mark the example inferred or cite the page it comes from"


@pytest.mark.parametrize(("where", "value", "holders", "operation_id"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_an_example_called_realistic_has_no_placeholders(
    where: str, value: Any, holders: list[dict[str, Any]], operation_id: str
) -> None:
    label = f"{holders[0].get('summary', '')} {holders[0].get('description', '')}".lower()
    if "realistic" in label and "not realistic" not in label:
        text = json.dumps(value)
        assert not any(token in text for token in GENERATOR_VALUES), f"{where} is labelled realistic"


# -- error statuses --------------------------------------------------------------------------------------------------

EVERY_ROUTE = {401, 429, 500}  # overview: authentication, rate limits, unexpected server errors


def documented_statuses(operation_id: str) -> set[int]:
    """Error statuses in the Errors tables (and status headings) of the operation's pages."""
    found: set[int] = set()
    for page in PAGES[operation_id]:
        text = text_of(page)
        for table in re.finditer(r"^###\s*Errors.*?\n(.*?)(?=^#|\Z)", text, re.S | re.M):
            found |= {int(m) for m in re.findall(r"^\|\s*(\d{3})\b", table.group(1), re.M)}
        found |= {int(m) for m in re.findall(r"^###\s*(\d{3})\b", text, re.M)}
    return {s for s in found if s >= 400}


ROUTES = [(method, path, op) for method, path, op in operations()]


@pytest.mark.parametrize(("method", "path", "op"), ROUTES, ids=[op["operationId"] for _, _, op in ROUTES])
def test_error_statuses_are_the_documented_ones_plus_the_overviews_rules(method: str, path: str, op: Any) -> None:
    listed = {int(code) for code in op["responses"] if int(code) >= 400}
    documented = documented_statuses(op["operationId"])
    assert documented <= listed, "a status the page documents is missing"
    assert listed >= EVERY_ROUTE
    item = SPEC["paths"][path]
    takes_input = bool(item.get("parameters") or op.get("parameters") or op.get("requestBody"))
    mock = op["x-puffle-mock"]
    # an item addressed by id: in the path, in the body, or as a pagination cursor (the overview: "ID of the last
    # item from the previous page")
    addresses = (
        "{" in path
        or any(key in mock for key in ("key", "require", "ids", "parentKey", "member", "from"))
        or "key" in (mock.get("with") or {})
        or "cursorParam" in (op.get("x-puffle-pagination") or {})
    )
    allowed = EVERY_ROUTE | documented
    allowed |= {400} if takes_input else set()
    allowed |= {404} if addresses else set()
    allowed |= {402} if op.get("x-puffle-credits") else set()
    inferred = {
        int(code)
        for code, response in op["responses"].items()
        if marked(_resolve_response(response)) and int(code) >= 400
    }
    assert listed - inferred <= allowed, "a status with no basis in the docs or the overview"


def _resolve_response(response: dict[str, Any]) -> dict[str, Any]:
    ref = response.get("$ref")
    if ref:
        return dict(SPEC["components"]["responses"][ref.rsplit("/", 1)[-1]])
    return response


def test_a_read_without_input_lists_no_conflict_or_validation_error() -> None:
    account = SPEC["paths"]["/api/account"]["get"]
    assert not {"400", "403", "409", "422"} & set(map(str, account["responses"]))
