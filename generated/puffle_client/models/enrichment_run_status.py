from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.enrichment_run import EnrichmentRun


T = TypeVar("T", bound="EnrichmentRunStatus")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentRunStatus(AdditionalProperties):
    """Wrapper around the status ledger of a run.

    Attributes:
        run (EnrichmentRun): Status ledger of one enrichment run.
    """

    run: EnrichmentRun
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["run"] = self.run.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        run = src_dict["run"]
        if _type(run) is not dict:
            run = _check_object(run, "EnrichmentRunStatus", "run")
        run = _EnrichmentRun_from_dict(run)
        _instance = cls(run)
        if not _ENRICHMENTRUNSTATUS_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTRUNSTATUS_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment_run import EnrichmentRun  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTRUNSTATUS_KEYS: frozenset[str] = frozenset({"run"})
_EnrichmentRun_from_dict = EnrichmentRun._from_dict
