from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.enrichment_error import EnrichmentError
    from ..models.enrichment_run_cost import EnrichmentRunCost
    from ..models.enrichment_run_enrichment import EnrichmentRunEnrichment
    from ..models.enrichment_run_output import EnrichmentRunOutput
    from ..models.enrichment_run_scope import EnrichmentRunScope
    from ..models.enrichment_run_timing import EnrichmentRunTiming
    from ..models.enrichment_run_trigger import EnrichmentRunTrigger


T = TypeVar("T", bound="EnrichmentRun")


@_attrs_define
class EnrichmentRun(AdditionalProperties):
    """Status ledger of one enrichment run.

    Attributes:
        id (str):
        status (None | str | Unset): `pending` → `running` → `completed` | `failed` | `cancelled` (the last three are
            terminal).
        mode (None | str | Unset): Run mode, presumably `persisted` or `preview`.
        enrichment (EnrichmentRunEnrichment | None | Unset):
        scope (EnrichmentRunScope | None | Unset):
        output (EnrichmentRunOutput | None | Unset):
        cost (EnrichmentRunCost | None | Unset):
        trigger (EnrichmentRunTrigger | None | Unset):
        error (EnrichmentError | None | Unset):
        timing (EnrichmentRunTiming | None | Unset):
    """

    id: str
    status: str | Unset | None = UNSET
    mode: str | Unset | None = UNSET
    enrichment: EnrichmentRunEnrichment | Unset | None = UNSET
    scope: EnrichmentRunScope | Unset | None = UNSET
    output: EnrichmentRunOutput | Unset | None = UNSET
    cost: EnrichmentRunCost | Unset | None = UNSET
    trigger: EnrichmentRunTrigger | Unset | None = UNSET
    error: EnrichmentError | Unset | None = UNSET
    timing: EnrichmentRunTiming | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        mode: str | Unset | None
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        enrichment: dict[str, Any] | Unset | None
        if isinstance(self.enrichment, Unset):
            enrichment = UNSET
        elif isinstance(self.enrichment, EnrichmentRunEnrichment):
            enrichment = self.enrichment.to_dict()
        else:
            enrichment = self.enrichment

        scope: dict[str, Any] | Unset | None
        if isinstance(self.scope, Unset):
            scope = UNSET
        elif isinstance(self.scope, EnrichmentRunScope):
            scope = self.scope.to_dict()
        else:
            scope = self.scope

        output: dict[str, Any] | Unset | None
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, EnrichmentRunOutput):
            output = self.output.to_dict()
        else:
            output = self.output

        cost: dict[str, Any] | Unset | None
        if isinstance(self.cost, Unset):
            cost = UNSET
        elif isinstance(self.cost, EnrichmentRunCost):
            cost = self.cost.to_dict()
        else:
            cost = self.cost

        trigger: dict[str, Any] | Unset | None
        if isinstance(self.trigger, Unset):
            trigger = UNSET
        elif isinstance(self.trigger, EnrichmentRunTrigger):
            trigger = self.trigger.to_dict()
        else:
            trigger = self.trigger

        error: dict[str, Any] | Unset | None
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, EnrichmentError):
            error = self.error.to_dict()
        else:
            error = self.error

        timing: dict[str, Any] | Unset | None
        if isinstance(self.timing, Unset):
            timing = UNSET
        elif isinstance(self.timing, EnrichmentRunTiming):
            timing = self.timing.to_dict()
        else:
            timing = self.timing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if mode is not UNSET:
            field_dict["mode"] = mode
        if enrichment is not UNSET:
            field_dict["enrichment"] = enrichment
        if scope is not UNSET:
            field_dict["scope"] = scope
        if output is not UNSET:
            field_dict["output"] = output
        if cost is not UNSET:
            field_dict["cost"] = cost
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if error is not UNSET:
            field_dict["error"] = error
        if timing is not UNSET:
            field_dict["timing"] = timing

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = cast(None | str | Unset, d.pop("status", UNSET))

        mode = cast(None | str | Unset, d.pop("mode", UNSET))

        def _parse_enrichment(data: object) -> EnrichmentRunEnrichment | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                enrichment_type_0 = EnrichmentRunEnrichment.from_dict(data)

                return enrichment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrichmentRunEnrichment | None | Unset, data)

        enrichment = _parse_enrichment(d.pop("enrichment", UNSET))

        def _parse_scope(data: object) -> EnrichmentRunScope | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scope_type_0 = EnrichmentRunScope.from_dict(data)

                return scope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrichmentRunScope | None | Unset, data)

        scope = _parse_scope(d.pop("scope", UNSET))

        def _parse_output(data: object) -> EnrichmentRunOutput | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_type_0 = EnrichmentRunOutput.from_dict(data)

                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrichmentRunOutput | None | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_cost(data: object) -> EnrichmentRunCost | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cost_type_0 = EnrichmentRunCost.from_dict(data)

                return cost_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrichmentRunCost | None | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_trigger(data: object) -> EnrichmentRunTrigger | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_0 = EnrichmentRunTrigger.from_dict(data)

                return trigger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrichmentRunTrigger | None | Unset, data)

        trigger = _parse_trigger(d.pop("trigger", UNSET))

        def _parse_error(data: object) -> EnrichmentError | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = EnrichmentError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrichmentError | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_timing(data: object) -> EnrichmentRunTiming | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                timing_type_0 = EnrichmentRunTiming.from_dict(data)

                return timing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrichmentRunTiming | None | Unset, data)

        timing = _parse_timing(d.pop("timing", UNSET))

        _instance = cls(
            id=id,
            status=status,
            mode=mode,
            enrichment=enrichment,
            scope=scope,
            output=output,
            cost=cost,
            trigger=trigger,
            error=error,
            timing=timing,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment_error import EnrichmentError  # noqa: E402
from ..models.enrichment_run_cost import EnrichmentRunCost  # noqa: E402
from ..models.enrichment_run_enrichment import EnrichmentRunEnrichment  # noqa: E402
from ..models.enrichment_run_output import EnrichmentRunOutput  # noqa: E402
from ..models.enrichment_run_scope import EnrichmentRunScope  # noqa: E402
from ..models.enrichment_run_timing import EnrichmentRunTiming  # noqa: E402
from ..models.enrichment_run_trigger import EnrichmentRunTrigger  # noqa: E402
