from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_list,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.enrichment import Enrichment


T = TypeVar("T", bound="EnrichmentCatalog")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentCatalog(AdditionalProperties):
    """The Enrichments the workspace can run.

    Attributes:
        enrichments (list[Enrichment]):
    """

    enrichments: list[Enrichment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["enrichments"] = [_i.to_dict() for _i in self.enrichments]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        enrichments = src_dict["enrichments"]
        if _type(enrichments) is not list:
            enrichments = _check_list(enrichments, "EnrichmentCatalog", "enrichments")
        enrichments = [
            _Enrichment_from_dict(_i)
            if _type(_i) is dict
            else _Enrichment_from_dict(_check_object(_i, "EnrichmentCatalog", "enrichments"))
            for _i in enrichments
        ]
        _instance = cls(enrichments)
        if not _ENRICHMENTCATALOG_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTCATALOG_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment import Enrichment  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTCATALOG_KEYS: frozenset[str] = frozenset({"enrichments"})
_Enrichment_from_dict = Enrichment._from_dict
