from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.signal_source_update_config import SignalSourceUpdateConfig


T = TypeVar("T", bound="SignalSourceUpdate")


@_attrs_define
class SignalSourceUpdate(AdditionalProperties):
    """Account-wide setting for one data source.

    Attributes:
        id (str): Source id, e.g. `linkedin_posts` or `reddit`.
        enabled (bool | Unset): Account-wide switch; cascades to every signal type.
        config (SignalSourceUpdateConfig | Unset): Adapter configuration matching the source's config schema; validated
            only at scan time.
    """

    id: str
    enabled: bool | Unset = UNSET
    config: SignalSourceUpdateConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        enabled = self.enabled

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        enabled = d.pop("enabled", UNSET)

        _config = d.pop("config", UNSET)
        config: SignalSourceUpdateConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = SignalSourceUpdateConfig.from_dict(_config)

        _instance = cls(
            id=id,
            enabled=enabled,
            config=config,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_source_update_config import SignalSourceUpdateConfig  # noqa: E402
