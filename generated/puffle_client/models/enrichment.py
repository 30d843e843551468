from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.enrichment_cost_model import EnrichmentCostModel
    from ..models.enrichment_default_output import EnrichmentDefaultOutput
    from ..models.enrichment_tool_binding import EnrichmentToolBinding


T = TypeVar("T", bound="Enrichment")


@_attrs_define
class Enrichment(AdditionalProperties):
    """An Enrichment contract from the catalog.

    Attributes:
        id (str):
        slug (str): Value to send as `enrichmentId` (e.g. `work_email`, `website_overview`, `hiring_status`).
        name (None | str | Unset):
        description (None | str | Unset):
        subject (None | str | Unset): Kind of Lead the Enrichment expects — `person` or `company`.
        version (int | None | str | Unset): Contract version (a string here; the run ledger reports it as a number).
        enabled (bool | None | Unset):
        visibility (None | str | Unset): Visibility of the Enrichment (values undocumented).
        input_schema (Any | Unset): Schema of the `input` object the Enrichment requires (untyped in the docs).
        output_schema (Any | Unset): Schema of the produced output (untyped in the docs).
        default_output (EnrichmentDefaultOutput | None | Unset):
        default_output_attribute_key (None | str | Unset):
        output_override_policy (Any | Unset): Rules for overriding the output (untyped in the docs).
        cost_model (EnrichmentCostModel | None | Unset):
        tool_binding (EnrichmentToolBinding | None | Unset):
    """

    id: str
    slug: str
    name: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    subject: str | Unset | None = UNSET
    version: int | str | Unset | None = UNSET
    enabled: bool | Unset | None = UNSET
    visibility: str | Unset | None = UNSET
    input_schema: Any | Unset = UNSET
    output_schema: Any | Unset = UNSET
    default_output: EnrichmentDefaultOutput | Unset | None = UNSET
    default_output_attribute_key: str | Unset | None = UNSET
    output_override_policy: Any | Unset = UNSET
    cost_model: EnrichmentCostModel | Unset | None = UNSET
    tool_binding: EnrichmentToolBinding | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slug = self.slug

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        subject: str | Unset | None
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        version: int | str | Unset | None
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        enabled: bool | Unset | None
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        visibility: str | Unset | None
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        else:
            visibility = self.visibility

        input_schema = self.input_schema

        output_schema = self.output_schema

        default_output: dict[str, Any] | Unset | None
        if isinstance(self.default_output, Unset):
            default_output = UNSET
        elif isinstance(self.default_output, EnrichmentDefaultOutput):
            default_output = self.default_output.to_dict()
        else:
            default_output = self.default_output

        default_output_attribute_key: str | Unset | None
        if isinstance(self.default_output_attribute_key, Unset):
            default_output_attribute_key = UNSET
        else:
            default_output_attribute_key = self.default_output_attribute_key

        output_override_policy = self.output_override_policy

        cost_model: dict[str, Any] | Unset | None
        if isinstance(self.cost_model, Unset):
            cost_model = UNSET
        elif isinstance(self.cost_model, EnrichmentCostModel):
            cost_model = self.cost_model.to_dict()
        else:
            cost_model = self.cost_model

        tool_binding: dict[str, Any] | Unset | None
        if isinstance(self.tool_binding, Unset):
            tool_binding = UNSET
        elif isinstance(self.tool_binding, EnrichmentToolBinding):
            tool_binding = self.tool_binding.to_dict()
        else:
            tool_binding = self.tool_binding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "slug": slug,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if subject is not UNSET:
            field_dict["subject"] = subject
        if version is not UNSET:
            field_dict["version"] = version
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if input_schema is not UNSET:
            field_dict["inputSchema"] = input_schema
        if output_schema is not UNSET:
            field_dict["outputSchema"] = output_schema
        if default_output is not UNSET:
            field_dict["defaultOutput"] = default_output
        if default_output_attribute_key is not UNSET:
            field_dict["defaultOutputAttributeKey"] = default_output_attribute_key
        if output_override_policy is not UNSET:
            field_dict["outputOverridePolicy"] = output_override_policy
        if cost_model is not UNSET:
            field_dict["costModel"] = cost_model
        if tool_binding is not UNSET:
            field_dict["toolBinding"] = tool_binding

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        slug = d.pop("slug")

        name = cast(None | str | Unset, d.pop("name", UNSET))

        description = cast(None | str | Unset, d.pop("description", UNSET))

        subject = cast(None | str | Unset, d.pop("subject", UNSET))

        version = cast(int | None | str | Unset, d.pop("version", UNSET))

        enabled = cast(bool | None | Unset, d.pop("enabled", UNSET))

        visibility = cast(None | str | Unset, d.pop("visibility", UNSET))

        input_schema = d.pop("inputSchema", UNSET)

        output_schema = d.pop("outputSchema", UNSET)

        def _parse_default_output(data: object) -> EnrichmentDefaultOutput | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_output_type_0 = EnrichmentDefaultOutput.from_dict(data)

                return default_output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrichmentDefaultOutput | None | Unset, data)

        default_output = _parse_default_output(d.pop("defaultOutput", UNSET))

        default_output_attribute_key = cast(None | str | Unset, d.pop("defaultOutputAttributeKey", UNSET))

        output_override_policy = d.pop("outputOverridePolicy", UNSET)

        def _parse_cost_model(data: object) -> EnrichmentCostModel | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cost_model_type_0 = EnrichmentCostModel.from_dict(data)

                return cost_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrichmentCostModel | None | Unset, data)

        cost_model = _parse_cost_model(d.pop("costModel", UNSET))

        def _parse_tool_binding(data: object) -> EnrichmentToolBinding | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_binding_type_0 = EnrichmentToolBinding.from_dict(data)

                return tool_binding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrichmentToolBinding | None | Unset, data)

        tool_binding = _parse_tool_binding(d.pop("toolBinding", UNSET))

        _instance = cls(
            id=id,
            slug=slug,
            name=name,
            description=description,
            subject=subject,
            version=version,
            enabled=enabled,
            visibility=visibility,
            input_schema=input_schema,
            output_schema=output_schema,
            default_output=default_output,
            default_output_attribute_key=default_output_attribute_key,
            output_override_policy=output_override_policy,
            cost_model=cost_model,
            tool_binding=tool_binding,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment_cost_model import EnrichmentCostModel  # noqa: E402
from ..models.enrichment_default_output import EnrichmentDefaultOutput  # noqa: E402
from ..models.enrichment_tool_binding import EnrichmentToolBinding  # noqa: E402
