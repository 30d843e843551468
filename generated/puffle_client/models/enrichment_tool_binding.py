from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.enrichment_payload_mapper import EnrichmentPayloadMapper


T = TypeVar("T", bound="EnrichmentToolBinding")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentToolBinding(AdditionalProperties):
    """Internal binding of the Enrichment to its worker task.

    Attributes:
        type_ (str | None):
        payload_mapper (EnrichmentPayloadMapper | None):
        task_id (str | None):
    """

    type_: str | None = None
    payload_mapper: EnrichmentPayloadMapper | None = None
    task_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_
        field_dict["payloadMapper"] = None if self.payload_mapper is None else self.payload_mapper.to_dict()
        field_dict["taskId"] = self.task_id
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        type_ = _get("type")
        if _type(type_) is not str and type_ is not None:
            type_ = _check_str(type_, "EnrichmentToolBinding", "type")
        payload_mapper = _get("payloadMapper")
        if payload_mapper is not None:
            if _type(payload_mapper) is not dict:
                payload_mapper = _check_object(payload_mapper, "EnrichmentToolBinding", "payloadMapper")
            payload_mapper = _EnrichmentPayloadMapper_from_dict(payload_mapper)
        task_id = _get("taskId")
        if _type(task_id) is not str and task_id is not None:
            task_id = _check_str(task_id, "EnrichmentToolBinding", "taskId")
        _instance = cls(type_, payload_mapper, task_id)
        if not _ENRICHMENTTOOLBINDING_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTTOOLBINDING_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment_payload_mapper import EnrichmentPayloadMapper  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTTOOLBINDING_KEYS: frozenset[str] = frozenset({"type", "payloadMapper", "taskId"})
_EnrichmentPayloadMapper_from_dict = EnrichmentPayloadMapper._from_dict
