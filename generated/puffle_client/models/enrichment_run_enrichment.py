from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EnrichmentRunEnrichment")


@_attrs_define
class EnrichmentRunEnrichment(AdditionalProperties):
    """The Enrichment a run executes.

    Attributes:
        id (None | str | Unset):
        slug (None | str | Unset):
        version (int | None | Unset):
        snapshot (Any | Unset): Copy of the Enrichment contract at dispatch time (untyped in the docs).
    """

    id: str | Unset | None = UNSET
    slug: str | Unset | None = UNSET
    version: int | Unset | None = UNSET
    snapshot: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset | None
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        slug: str | Unset | None
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        version: int | Unset | None
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        snapshot = self.snapshot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if version is not UNSET:
            field_dict["version"] = version
        if snapshot is not UNSET:
            field_dict["snapshot"] = snapshot

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = cast(None | str | Unset, d.pop("id", UNSET))

        slug = cast(None | str | Unset, d.pop("slug", UNSET))

        version = cast(int | None | Unset, d.pop("version", UNSET))

        snapshot = d.pop("snapshot", UNSET)

        _instance = cls(
            id=id,
            slug=slug,
            version=version,
            snapshot=snapshot,
        )

        _instance.additional_properties = d
        return _instance
