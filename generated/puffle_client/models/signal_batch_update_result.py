from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_list,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.batch_item_error import BatchItemError


T = TypeVar("T", bound="SignalBatchUpdateResult")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalBatchUpdateResult(AdditionalProperties):
    """Outcome of a signals-area batch update — the ids that changed and per-item failures.

    Attributes:
        updated (list[str]):
        errors (list[BatchItemError] | None):
    """

    updated: list[str]
    errors: list[BatchItemError] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["updated"] = list(self.updated)
        if self.errors is not None:
            field_dict["errors"] = [_i.to_dict() for _i in self.errors]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        updated = src_dict["updated"]
        if _type(updated) is not list:
            updated = _check_list(updated, "SignalBatchUpdateResult", "updated")
        for _i in updated:
            if _type(_i) is not str:
                _check_str(_i, "SignalBatchUpdateResult", "updated")
        errors = _get("errors")
        if errors is not None:
            if _type(errors) is not list:
                errors = _check_list(errors, "SignalBatchUpdateResult", "errors")
            errors = [
                _BatchItemError_from_dict(_i)
                if _type(_i) is dict
                else _BatchItemError_from_dict(_check_object(_i, "SignalBatchUpdateResult", "errors"))
                for _i in errors
            ]
        _instance = cls(updated, errors)
        if not _SIGNALBATCHUPDATERESULT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALBATCHUPDATERESULT_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.batch_item_error import BatchItemError  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALBATCHUPDATERESULT_KEYS: frozenset[str] = frozenset({"updated", "errors"})
_BatchItemError_from_dict = BatchItemError._from_dict
