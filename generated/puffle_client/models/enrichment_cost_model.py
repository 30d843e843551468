from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="EnrichmentCostModel")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentCostModel(AdditionalProperties):
    """How an Enrichment is billed.

    Attributes:
        credit_action (str | None): Credit action charged once per Lead at dispatch (prices in `GET
            /api/credits/config`).
    """

    credit_action: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["creditAction"] = self.credit_action
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        credit_action = _get("creditAction")
        if _type(credit_action) is not str and credit_action is not None:
            credit_action = _check_str(credit_action, "EnrichmentCostModel", "creditAction")
        _instance = cls(credit_action)
        if not _ENRICHMENTCOSTMODEL_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTCOSTMODEL_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTCOSTMODEL_KEYS: frozenset[str] = frozenset({"creditAction"})
