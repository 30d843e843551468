from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_bool,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.signal_source_update_config import SignalSourceUpdateConfig


T = TypeVar("T", bound="SignalSourceUpdate")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if not isinstance(self.enabled, Unset):
            field_dict["enabled"] = self.enabled
        if not isinstance(self.config, Unset):
            field_dict["config"] = self.config.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "SignalSourceUpdate", "id")
        enabled = _get("enabled", UNSET)
        if _type(enabled) is not bool and enabled is not UNSET:
            enabled = _check_bool(enabled, "SignalSourceUpdate", "enabled")
        config = _get("config", UNSET)
        if config is not UNSET:
            if _type(config) is not dict:
                config = _check_object(config, "SignalSourceUpdate", "config")
            config = _SignalSourceUpdateConfig_from_dict(config)
        _instance = cls(id, enabled, config)
        if not _SIGNALSOURCEUPDATE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALSOURCEUPDATE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_source_update_config import SignalSourceUpdateConfig  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALSOURCEUPDATE_KEYS: frozenset[str] = frozenset({"id", "enabled", "config"})
_SignalSourceUpdateConfig_from_dict = SignalSourceUpdateConfig._from_dict
