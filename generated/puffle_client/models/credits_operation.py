from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
    _check_str,
)

T = TypeVar("T", bound="CreditsOperation")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CreditsOperation(AdditionalProperties):
    """One billable operation of the billing registry.

    Attributes:
        id (str | None):
        label (str | None):
        credits_ (int | None): Credits charged per billable unit.
        billable_unit (str | None): What one unit is, e.g. `provider_submission`.
        unit_label (str | None):
        feature_group (str | None): Product area, e.g. `enrichments`.
        certainty (str | None): How firm the price is, e.g. `maximum` (other values undocumented).
    """

    id: str | None = None
    label: str | None = None
    credits_: int | None = None
    billable_unit: str | None = None
    unit_label: str | None = None
    feature_group: str | None = None
    certainty: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["label"] = self.label
        field_dict["credits"] = self.credits_
        field_dict["billableUnit"] = self.billable_unit
        field_dict["unitLabel"] = self.unit_label
        field_dict["featureGroup"] = self.feature_group
        field_dict["certainty"] = self.certainty
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = _get("id")
        if _type(id) is not str and id is not None:
            id = _check_str(id, "CreditsOperation", "id")
        label = _get("label")
        if _type(label) is not str and label is not None:
            label = _check_str(label, "CreditsOperation", "label")
        credits_ = _get("credits")
        if _type(credits_) is not int and credits_ is not None:
            credits_ = _check_int(credits_, "CreditsOperation", "credits")
        billable_unit = _get("billableUnit")
        if _type(billable_unit) is not str and billable_unit is not None:
            billable_unit = _check_str(billable_unit, "CreditsOperation", "billableUnit")
        unit_label = _get("unitLabel")
        if _type(unit_label) is not str and unit_label is not None:
            unit_label = _check_str(unit_label, "CreditsOperation", "unitLabel")
        feature_group = _get("featureGroup")
        if _type(feature_group) is not str and feature_group is not None:
            feature_group = _check_str(feature_group, "CreditsOperation", "featureGroup")
        certainty = _get("certainty")
        if _type(certainty) is not str and certainty is not None:
            certainty = _check_str(certainty, "CreditsOperation", "certainty")
        _instance = cls(id, label, credits_, billable_unit, unit_label, feature_group, certainty)
        if not _CREDITSOPERATION_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CREDITSOPERATION_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CREDITSOPERATION_KEYS: frozenset[str] = frozenset(
    {"id", "label", "credits", "billableUnit", "unitLabel", "featureGroup", "certainty"}
)
