from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="CreatedApiKey")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CreatedApiKey(AdditionalProperties):
    """A newly created API key; the only time the raw key is returned.

    Attributes:
        api_key (str): The full secret key (`pk_live_...`). Shown once.
        prefix (str | None): Identifying prefix of the key, safe to log.
        message (str | None): Reminder to store the key.
    """

    api_key: str
    prefix: str | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["api_key"] = self.api_key
        field_dict["prefix"] = self.prefix
        field_dict["message"] = self.message
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        api_key = src_dict["api_key"]
        if _type(api_key) is not str:
            api_key = _check_str(api_key, "CreatedApiKey", "api_key")
        prefix = _get("prefix")
        if _type(prefix) is not str and prefix is not None:
            prefix = _check_str(prefix, "CreatedApiKey", "prefix")
        message = _get("message")
        if _type(message) is not str and message is not None:
            message = _check_str(message, "CreatedApiKey", "message")
        _instance = cls(api_key, prefix, message)
        if not _CREATEDAPIKEY_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CREATEDAPIKEY_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CREATEDAPIKEY_KEYS: frozenset[str] = frozenset({"api_key", "prefix", "message"})
