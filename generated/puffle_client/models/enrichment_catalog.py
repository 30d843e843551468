from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.enrichment import Enrichment


T = TypeVar("T", bound="EnrichmentCatalog")


@_attrs_define
class EnrichmentCatalog(AdditionalProperties):
    """The Enrichments the workspace can run.

    Attributes:
        enrichments (list[Enrichment]):
    """

    enrichments: list[Enrichment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enrichments = []
        for enrichments_item_data in self.enrichments:
            enrichments_item = enrichments_item_data.to_dict()
            enrichments.append(enrichments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enrichments": enrichments,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enrichments = []
        _enrichments = d.pop("enrichments")
        for enrichments_item_data in _enrichments:
            enrichments_item = Enrichment.from_dict(enrichments_item_data)

            enrichments.append(enrichments_item)

        _instance = cls(
            enrichments=enrichments,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment import Enrichment  # noqa: E402
