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


T = TypeVar("T", bound="SignalBatchDeleteResult")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalBatchDeleteResult(AdditionalProperties):
    """Outcome of a signals-area batch delete — the ids removed and per-item failures.

    Attributes:
        deleted (list[str]):
        errors (list[BatchItemError] | None):
    """

    deleted: list[str]
    errors: list[BatchItemError] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["deleted"] = list(self.deleted)
        if self.errors is not None:
            field_dict["errors"] = [_i.to_dict() for _i in self.errors]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        deleted = src_dict["deleted"]
        if _type(deleted) is not list:
            deleted = _check_list(deleted, "SignalBatchDeleteResult", "deleted")
        for _i in deleted:
            if _type(_i) is not str:
                _check_str(_i, "SignalBatchDeleteResult", "deleted")
        errors = _get("errors")
        if errors is not None:
            if _type(errors) is not list:
                errors = _check_list(errors, "SignalBatchDeleteResult", "errors")
            errors = [
                _BatchItemError_from_dict(_i)
                if _type(_i) is dict
                else _BatchItemError_from_dict(_check_object(_i, "SignalBatchDeleteResult", "errors"))
                for _i in errors
            ]
        _instance = cls(deleted, errors)
        if not _SIGNALBATCHDELETERESULT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALBATCHDELETERESULT_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.batch_item_error import BatchItemError  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALBATCHDELETERESULT_KEYS: frozenset[str] = frozenset({"deleted", "errors"})
_BatchItemError_from_dict = BatchItemError._from_dict
