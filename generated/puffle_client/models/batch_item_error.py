from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="BatchItemError")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class BatchItemError(AdditionalProperties):
    """Why one item of a batch mutation was not applied.

    Attributes:
        id (str | None):
        error (str | None):
    """

    id: str | None = None
    error: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if self.error is not None:
            field_dict["error"] = self.error
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = _get("id")
        if _type(id) is not str and id is not None:
            id = _check_str(id, "BatchItemError", "id")
        error = _get("error")
        if _type(error) is not str and error is not None:
            error = _check_str(error, "BatchItemError", "error")
        _instance = cls(id, error)
        if not _BATCHITEMERROR_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _BATCHITEMERROR_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_BATCHITEMERROR_KEYS: frozenset[str] = frozenset({"id", "error"})
