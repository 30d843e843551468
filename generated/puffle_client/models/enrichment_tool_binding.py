from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.enrichment_payload_mapper import EnrichmentPayloadMapper


T = TypeVar("T", bound="EnrichmentToolBinding")


@_attrs_define
class EnrichmentToolBinding(AdditionalProperties):
    """Internal binding of the Enrichment to its worker task.

    Attributes:
        type_ (None | str | Unset):
        payload_mapper (EnrichmentPayloadMapper | None | Unset):
        task_id (None | str | Unset):
    """

    type_: str | Unset | None = UNSET
    payload_mapper: EnrichmentPayloadMapper | Unset | None = UNSET
    task_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        payload_mapper: dict[str, Any] | Unset | None
        if isinstance(self.payload_mapper, Unset):
            payload_mapper = UNSET
        elif isinstance(self.payload_mapper, EnrichmentPayloadMapper):
            payload_mapper = self.payload_mapper.to_dict()
        else:
            payload_mapper = self.payload_mapper

        task_id: str | Unset | None
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if payload_mapper is not UNSET:
            field_dict["payloadMapper"] = payload_mapper
        if task_id is not UNSET:
            field_dict["taskId"] = task_id

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(None | str | Unset, d.pop("type", UNSET))

        def _parse_payload_mapper(data: object) -> EnrichmentPayloadMapper | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_mapper_type_0 = EnrichmentPayloadMapper.from_dict(data)

                return payload_mapper_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrichmentPayloadMapper | None | Unset, data)

        payload_mapper = _parse_payload_mapper(d.pop("payloadMapper", UNSET))

        task_id = cast(None | str | Unset, d.pop("taskId", UNSET))

        _instance = cls(
            type_=type_,
            payload_mapper=payload_mapper,
            task_id=task_id,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment_payload_mapper import EnrichmentPayloadMapper  # noqa: E402
