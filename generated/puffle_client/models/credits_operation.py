from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CreditsOperation")


@_attrs_define
class CreditsOperation(AdditionalProperties):
    """One billable operation of the billing registry.

    Attributes:
        id (None | str | Unset):
        label (None | str | Unset):
        credits_ (int | None | Unset): Credits charged per billable unit.
        billable_unit (None | str | Unset): What one unit is, e.g. `provider_submission`.
        unit_label (None | str | Unset):
        feature_group (None | str | Unset): Product area, e.g. `enrichments`.
        certainty (None | str | Unset): How firm the price is, e.g. `maximum` (other values undocumented).
    """

    id: str | Unset | None = UNSET
    label: str | Unset | None = UNSET
    credits_: int | Unset | None = UNSET
    billable_unit: str | Unset | None = UNSET
    unit_label: str | Unset | None = UNSET
    feature_group: str | Unset | None = UNSET
    certainty: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset | None
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        label: str | Unset | None
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        credits_: int | Unset | None
        if isinstance(self.credits_, Unset):
            credits_ = UNSET
        else:
            credits_ = self.credits_

        billable_unit: str | Unset | None
        if isinstance(self.billable_unit, Unset):
            billable_unit = UNSET
        else:
            billable_unit = self.billable_unit

        unit_label: str | Unset | None
        if isinstance(self.unit_label, Unset):
            unit_label = UNSET
        else:
            unit_label = self.unit_label

        feature_group: str | Unset | None
        if isinstance(self.feature_group, Unset):
            feature_group = UNSET
        else:
            feature_group = self.feature_group

        certainty: str | Unset | None
        if isinstance(self.certainty, Unset):
            certainty = UNSET
        else:
            certainty = self.certainty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if billable_unit is not UNSET:
            field_dict["billableUnit"] = billable_unit
        if unit_label is not UNSET:
            field_dict["unitLabel"] = unit_label
        if feature_group is not UNSET:
            field_dict["featureGroup"] = feature_group
        if certainty is not UNSET:
            field_dict["certainty"] = certainty

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = cast(None | str | Unset, d.pop("id", UNSET))

        label = cast(None | str | Unset, d.pop("label", UNSET))

        credits_ = cast(int | None | Unset, d.pop("credits", UNSET))

        billable_unit = cast(None | str | Unset, d.pop("billableUnit", UNSET))

        unit_label = cast(None | str | Unset, d.pop("unitLabel", UNSET))

        feature_group = cast(None | str | Unset, d.pop("featureGroup", UNSET))

        certainty = cast(None | str | Unset, d.pop("certainty", UNSET))

        _instance = cls(
            id=id,
            label=label,
            credits_=credits_,
            billable_unit=billable_unit,
            unit_label=unit_label,
            feature_group=feature_group,
            certainty=certainty,
        )

        _instance.additional_properties = d
        return _instance
