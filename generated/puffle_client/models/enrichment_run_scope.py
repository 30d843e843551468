from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.enrichment_run_counts import EnrichmentRunCounts


T = TypeVar("T", bound="EnrichmentRunScope")


@_attrs_define
class EnrichmentRunScope(AdditionalProperties):
    """The resolved Lead scope of a run.

    Attributes:
        type_ (None | str | Unset): Scope kind — `explicit_leads`, `list` or `filtered_list`.
        list_id (None | str | Unset):
        requested (Any | Unset): The scope as sent (untyped in the docs).
        resolved_count (int | None | Unset): Number of Leads the scope resolved to.
        counts (EnrichmentRunCounts | None | Unset):
    """

    type_: str | Unset | None = UNSET
    list_id: str | Unset | None = UNSET
    requested: Any | Unset = UNSET
    resolved_count: int | Unset | None = UNSET
    counts: EnrichmentRunCounts | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        list_id: str | Unset | None
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        requested = self.requested

        resolved_count: int | Unset | None
        if isinstance(self.resolved_count, Unset):
            resolved_count = UNSET
        else:
            resolved_count = self.resolved_count

        counts: dict[str, Any] | Unset | None
        if isinstance(self.counts, Unset):
            counts = UNSET
        elif isinstance(self.counts, EnrichmentRunCounts):
            counts = self.counts.to_dict()
        else:
            counts = self.counts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if requested is not UNSET:
            field_dict["requested"] = requested
        if resolved_count is not UNSET:
            field_dict["resolvedCount"] = resolved_count
        if counts is not UNSET:
            field_dict["counts"] = counts

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(None | str | Unset, d.pop("type", UNSET))

        list_id = cast(None | str | Unset, d.pop("listId", UNSET))

        requested = d.pop("requested", UNSET)

        resolved_count = cast(int | None | Unset, d.pop("resolvedCount", UNSET))

        def _parse_counts(data: object) -> EnrichmentRunCounts | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                counts_type_0 = EnrichmentRunCounts.from_dict(data)

                return counts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrichmentRunCounts | None | Unset, data)

        counts = _parse_counts(d.pop("counts", UNSET))

        _instance = cls(
            type_=type_,
            list_id=list_id,
            requested=requested,
            resolved_count=resolved_count,
            counts=counts,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment_run_counts import EnrichmentRunCounts  # noqa: E402
