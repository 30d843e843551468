"""The spec layer's classification table, on small hand-made specs (one rule per case)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from spec_diff import RULES, diff


def _spec() -> dict[str, Any]:
    return {
        "security": [{"bearer": []}],
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Status": {"type": "string", "enum": ["open", "closed"]},
                "Lead": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string"},
                        "status": {"$ref": "#/components/schemas/Status"},
                        "address": {"type": "object", "properties": {"city": {"type": "string"}}},
                        "manager": {"$ref": "#/components/schemas/Lead"},
                    },
                },
                "LeadCreate": {
                    "type": "object",
                    "required": ["email"],
                    "properties": {"email": {"type": "string"}, "note": {"type": "string"}},
                },
            },
        },
        "paths": {
            "/leads": {
                "get": {
                    "operationId": "listLeads",
                    "x-puffle-names": {"sdk": "leads.list"},
                    "x-puffle-pagination": {"style": "cursor", "cursorParam": "cursor"},
                    "parameters": [
                        {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "responses": {"200": _json({"type": "array", "items": {"$ref": "#/components/schemas/Lead"}})},
                },
                "post": {
                    "operationId": "createLead",
                    "x-puffle-names": {"sdk": "leads.create"},
                    "requestBody": {"required": True, **_json({"$ref": "#/components/schemas/LeadCreate"})},
                    "responses": {"201": _json({"$ref": "#/components/schemas/Lead"})},
                },
            }
        },
    }


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _changes(edit: Any) -> set[tuple[str, str, str, tuple[str, ...], bool]]:
    old = _spec()
    new = copy.deepcopy(old)
    edit(new)
    return {(c.what, c.change, c.subject, c.operations, c.breaking) for c in diff(old, new)}


S = "components", "schemas"


def test_identical_specs_have_no_changes() -> None:
    assert diff(_spec(), _spec()) == []


def test_a_first_sdk_name_is_not_breaking() -> None:
    old, new = _spec(), _spec()
    del old["paths"]["/leads"]["post"]["x-puffle-names"]
    assert [(c.what, c.change, c.breaking) for c in diff(old, new)] == [("sdk-name", "added", False)]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda s: s[S[0]][S[1]]["Status"]["enum"].append("won"),
            {("enum-value", "added", "Status", ("createLead", "listLeads"), False)},
        ),
        (
            lambda s: s[S[0]][S[1]]["Status"]["enum"].remove("closed"),
            {("enum-value", "removed", "Status", ("createLead", "listLeads"), True)},
        ),
        (  # the nested city goes with its parent: one entry, not two
            lambda s: s[S[0]][S[1]]["Lead"]["properties"].pop("address"),
            {("response-field", "removed", "Lead.address", ("createLead", "listLeads"), True)},
        ),
        (
            lambda s: s[S[0]][S[1]]["Lead"]["required"].clear(),
            {("response-field", "became-optional", "Lead.id", ("createLead", "listLeads"), True)},
        ),
        (
            lambda s: s[S[0]][S[1]]["Lead"]["properties"].update(score={"type": "number"}),
            {("response-field", "added", "Lead.score", ("createLead", "listLeads"), False)},
        ),
        (
            lambda s: s[S[0]][S[1]]["LeadCreate"]["properties"].update(tag={"type": "string"}),
            {("request-field", "added-optional", "LeadCreate.tag", ("createLead",), False)},
        ),
        (
            lambda s: (
                s[S[0]][S[1]]["LeadCreate"]["properties"].update(tag={"type": "string"}),
                s[S[0]][S[1]]["LeadCreate"]["required"].append("tag"),
            ),
            {("request-field", "added-required", "LeadCreate.tag", ("createLead",), True)},
        ),
        (
            lambda s: s[S[0]][S[1]]["LeadCreate"]["properties"]["note"].update(type="integer"),
            {("request-field", "type-changed", "LeadCreate.note", ("createLead",), True)},
        ),
        (
            lambda s: s["paths"]["/leads"]["get"]["parameters"].append(
                {"name": "q", "in": "query", "schema": {"type": "string"}}
            ),
            {("parameter", "added-optional", "listLeads query.q", ("listLeads",), False)},
        ),
        (
            lambda s: s["paths"]["/leads"]["get"]["parameters"].append(
                {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}
            ),
            {("parameter", "added-required", "listLeads query.q", ("listLeads",), True)},
        ),
        (
            lambda s: s["paths"]["/leads"]["get"]["parameters"][1].update(name="pageSize"),
            {("parameter", "renamed", "listLeads query.limit", ("listLeads",), True)},
        ),
        (
            lambda s: s["paths"]["/leads"]["get"]["parameters"].pop(1),
            {("parameter", "removed", "listLeads query.limit", ("listLeads",), True)},
        ),
        (
            lambda s: s["paths"]["/leads"]["get"].pop("x-puffle-pagination"),
            {("pagination", "removed", "listLeads", ("listLeads",), True)},
        ),
        (
            lambda s: s["paths"]["/leads"]["post"].update(security=[{"session": []}]),
            {("auth", "changed", "createLead", ("createLead",), True)},
        ),
        (
            lambda s: s["paths"]["/leads"]["post"]["x-puffle-names"].update(sdk="leads.add"),
            {("sdk-name", "changed", "createLead", ("createLead",), True)},
        ),
        (
            lambda s: (
                s["paths"].update(archive={"post": copy.deepcopy(s["paths"]["/leads"]["post"])})
                or s["paths"]["archive"]["post"].update(operationId="archiveLead")
            ),
            {("operation", "added", "archiveLead", ("archiveLead",), False)},
        ),
        (
            lambda s: s["paths"]["/leads"].pop("post"),
            {("operation", "removed", "createLead", ("createLead",), True)},
        ),
    ],
)
def test_each_kind_of_change_is_classified(edit: Any, expected: set[tuple[Any, ...]]) -> None:
    assert _changes(edit) == expected


def test_every_rule_has_a_reason() -> None:
    assert all(why.strip() for _, why in RULES.values())
