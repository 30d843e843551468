from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.enrichment_cancelled_run import EnrichmentCancelledRun


T = TypeVar("T", bound="EnrichmentCancelResult")


@_attrs_define
class EnrichmentCancelResult(AdditionalProperties):
    """Wrapper around the cancelled run.

    Attributes:
        run (EnrichmentCancelledRun): Minimal view of a run returned by cancel.
    """

    run: EnrichmentCancelledRun
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run = self.run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run": run,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run = EnrichmentCancelledRun.from_dict(d.pop("run"))

        _instance = cls(
            run=run,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment_cancelled_run import EnrichmentCancelledRun  # noqa: E402
