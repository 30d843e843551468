from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_object,
    _check_str,
    _wrong_type,
)

if TYPE_CHECKING:
    from ..models.enrichment_cost_model import EnrichmentCostModel
    from ..models.enrichment_default_output import EnrichmentDefaultOutput
    from ..models.enrichment_tool_binding import EnrichmentToolBinding


T = TypeVar("T", bound="Enrichment")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class Enrichment(AdditionalProperties):
    """An Enrichment contract from the catalog.

    Attributes:
        id (str):
        slug (str): Value to send as `enrichmentId` (e.g. `work_email`, `website_overview`, `hiring_status`).
        name (str | None):
        description (str | None):
        subject (str | None): Kind of Lead the Enrichment expects — `person` or `company`.
        version (str | int | None): Contract version (a string here; the run ledger reports it as a number).
        enabled (bool | None):
        visibility (str | None): Visibility of the Enrichment (values undocumented).
        input_schema (Any | None): Schema of the `input` object the Enrichment requires (untyped in the docs).
        output_schema (Any | None): Schema of the produced output (untyped in the docs).
        default_output (EnrichmentDefaultOutput | None):
        default_output_attribute_key (str | None):
        output_override_policy (Any | None): Rules for overriding the output (untyped in the docs).
        cost_model (EnrichmentCostModel | None):
        tool_binding (EnrichmentToolBinding | None):
    """

    id: str
    slug: str
    name: str | None = None
    description: str | None = None
    subject: str | None = None
    version: str | int | None = None
    enabled: bool | None = None
    visibility: str | None = None
    input_schema: Any | None = None
    output_schema: Any | None = None
    default_output: EnrichmentDefaultOutput | None = None
    default_output_attribute_key: str | None = None
    output_override_policy: Any | None = None
    cost_model: EnrichmentCostModel | None = None
    tool_binding: EnrichmentToolBinding | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["slug"] = self.slug
        field_dict["name"] = self.name
        field_dict["description"] = self.description
        field_dict["subject"] = self.subject
        field_dict["version"] = self.version
        field_dict["enabled"] = self.enabled
        field_dict["visibility"] = self.visibility
        if self.input_schema is not None:
            field_dict["inputSchema"] = self.input_schema
        if self.output_schema is not None:
            field_dict["outputSchema"] = self.output_schema
        field_dict["defaultOutput"] = None if self.default_output is None else self.default_output.to_dict()
        field_dict["defaultOutputAttributeKey"] = self.default_output_attribute_key
        if self.output_override_policy is not None:
            field_dict["outputOverridePolicy"] = self.output_override_policy
        field_dict["costModel"] = None if self.cost_model is None else self.cost_model.to_dict()
        field_dict["toolBinding"] = None if self.tool_binding is None else self.tool_binding.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "Enrichment", "id")
        slug = src_dict["slug"]
        if _type(slug) is not str:
            slug = _check_str(slug, "Enrichment", "slug")
        name = _get("name")
        if _type(name) is not str and name is not None:
            name = _check_str(name, "Enrichment", "name")
        description = _get("description")
        if _type(description) is not str and description is not None:
            description = _check_str(description, "Enrichment", "description")
        subject = _get("subject")
        if _type(subject) is not str and subject is not None:
            subject = _check_str(subject, "Enrichment", "subject")
        version = _get("version")
        if version is not None:
            if _type(version) is str or _type(version) is int:
                pass
            else:
                _wrong_type(version, "int or str", "Enrichment", "version")
        enabled = _get("enabled")
        if _type(enabled) is not bool and enabled is not None:
            enabled = _check_bool(enabled, "Enrichment", "enabled")
        visibility = _get("visibility")
        if _type(visibility) is not str and visibility is not None:
            visibility = _check_str(visibility, "Enrichment", "visibility")
        input_schema = _get("inputSchema")
        output_schema = _get("outputSchema")
        default_output = _get("defaultOutput")
        if default_output is not None:
            if _type(default_output) is not dict:
                default_output = _check_object(default_output, "Enrichment", "defaultOutput")
            default_output = _EnrichmentDefaultOutput_from_dict(default_output)
        default_output_attribute_key = _get("defaultOutputAttributeKey")
        if _type(default_output_attribute_key) is not str and default_output_attribute_key is not None:
            default_output_attribute_key = _check_str(
                default_output_attribute_key, "Enrichment", "defaultOutputAttributeKey"
            )
        output_override_policy = _get("outputOverridePolicy")
        cost_model = _get("costModel")
        if cost_model is not None:
            if _type(cost_model) is not dict:
                cost_model = _check_object(cost_model, "Enrichment", "costModel")
            cost_model = _EnrichmentCostModel_from_dict(cost_model)
        tool_binding = _get("toolBinding")
        if tool_binding is not None:
            if _type(tool_binding) is not dict:
                tool_binding = _check_object(tool_binding, "Enrichment", "toolBinding")
            tool_binding = _EnrichmentToolBinding_from_dict(tool_binding)
        _instance = cls(
            id,
            slug,
            name,
            description,
            subject,
            version,
            enabled,
            visibility,
            input_schema,
            output_schema,
            default_output,
            default_output_attribute_key,
            output_override_policy,
            cost_model,
            tool_binding,
        )
        if not _ENRICHMENT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENT_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment_cost_model import EnrichmentCostModel  # noqa: E402
from ..models.enrichment_default_output import EnrichmentDefaultOutput  # noqa: E402
from ..models.enrichment_tool_binding import EnrichmentToolBinding  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENT_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "slug",
        "name",
        "description",
        "subject",
        "version",
        "enabled",
        "visibility",
        "inputSchema",
        "outputSchema",
        "defaultOutput",
        "defaultOutputAttributeKey",
        "outputOverridePolicy",
        "costModel",
        "toolBinding",
    }
)
_EnrichmentCostModel_from_dict = EnrichmentCostModel._from_dict
_EnrichmentDefaultOutput_from_dict = EnrichmentDefaultOutput._from_dict
_EnrichmentToolBinding_from_dict = EnrichmentToolBinding._from_dict
