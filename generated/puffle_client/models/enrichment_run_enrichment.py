from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
    _check_str,
)

T = TypeVar("T", bound="EnrichmentRunEnrichment")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentRunEnrichment(AdditionalProperties):
    """The Enrichment a run executes.

    Attributes:
        id (str | None):
        slug (str | None):
        version (int | None):
        snapshot (Any | None): Copy of the Enrichment contract at dispatch time (untyped in the docs).
    """

    id: str | None = None
    slug: str | None = None
    version: int | None = None
    snapshot: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["slug"] = self.slug
        field_dict["version"] = self.version
        if self.snapshot is not None:
            field_dict["snapshot"] = self.snapshot
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = _get("id")
        if _type(id) is not str and id is not None:
            id = _check_str(id, "EnrichmentRunEnrichment", "id")
        slug = _get("slug")
        if _type(slug) is not str and slug is not None:
            slug = _check_str(slug, "EnrichmentRunEnrichment", "slug")
        version = _get("version")
        if _type(version) is not int and version is not None:
            version = _check_int(version, "EnrichmentRunEnrichment", "version")
        snapshot = _get("snapshot")
        _instance = cls(id, slug, version, snapshot)
        if not _ENRICHMENTRUNENRICHMENT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTRUNENRICHMENT_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTRUNENRICHMENT_KEYS: frozenset[str] = frozenset({"id", "slug", "version", "snapshot"})
