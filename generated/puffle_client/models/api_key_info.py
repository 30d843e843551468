from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_str,
    _parse_datetime,
)

T = TypeVar("T", bound="ApiKeyInfo")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ApiKeyInfo(AdditionalProperties):
    """Metadata of the account's active API key.

    Attributes:
        has_key (bool): Whether an active key exists.
        prefix (str | None): Identifying prefix of the active key (never the secret).
        has_webhook (bool | None): Whether the webhook app belonging to the key exists.
        created_at (datetime.datetime | None): When the active key was created.
    """

    has_key: bool
    prefix: str | None = None
    has_webhook: bool | None = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["has_key"] = self.has_key
        field_dict["prefix"] = self.prefix
        field_dict["has_webhook"] = self.has_webhook
        field_dict["created_at"] = None if self.created_at is None else self.created_at.isoformat()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        has_key = src_dict["has_key"]
        if _type(has_key) is not bool:
            has_key = _check_bool(has_key, "ApiKeyInfo", "has_key")
        prefix = _get("prefix")
        if _type(prefix) is not str and prefix is not None:
            prefix = _check_str(prefix, "ApiKeyInfo", "prefix")
        has_webhook = _get("has_webhook")
        if _type(has_webhook) is not bool and has_webhook is not None:
            has_webhook = _check_bool(has_webhook, "ApiKeyInfo", "has_webhook")
        created_at = _get("created_at")
        if created_at is not None:
            created_at = _parse_datetime(created_at, "ApiKeyInfo", "created_at")
        _instance = cls(has_key, prefix, has_webhook, created_at)
        if not _APIKEYINFO_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _APIKEYINFO_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_APIKEYINFO_KEYS: frozenset[str] = frozenset({"has_key", "prefix", "has_webhook", "created_at"})
