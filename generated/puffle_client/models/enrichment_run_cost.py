from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EnrichmentRunCost")


@_attrs_define
class EnrichmentRunCost(AdditionalProperties):
    """Estimated and actual cost of a run (untyped in the docs).

    Attributes:
        preview (Any | Unset):
        actual (Any | Unset):
    """

    preview: Any | Unset = UNSET
    actual: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preview = self.preview

        actual = self.actual

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preview is not UNSET:
            field_dict["preview"] = preview
        if actual is not UNSET:
            field_dict["actual"] = actual

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        preview = d.pop("preview", UNSET)

        actual = d.pop("actual", UNSET)

        _instance = cls(
            preview=preview,
            actual=actual,
        )

        _instance.additional_properties = d
        return _instance
