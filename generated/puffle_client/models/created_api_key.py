from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CreatedApiKey")


@_attrs_define
class CreatedApiKey(AdditionalProperties):
    """A newly created API key; the only time the raw key is returned.

    Attributes:
        api_key (str): The full secret key (`pk_live_...`). Shown once.
        prefix (None | str | Unset): Identifying prefix of the key, safe to log.
        message (None | str | Unset): Reminder to store the key.
    """

    api_key: str
    prefix: str | Unset | None = UNSET
    message: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        prefix: str | Unset | None
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        message: str | Unset | None
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
            }
        )
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("api_key")

        prefix = cast(None | str | Unset, d.pop("prefix", UNSET))

        message = cast(None | str | Unset, d.pop("message", UNSET))

        _instance = cls(
            api_key=api_key,
            prefix=prefix,
            message=message,
        )

        _instance.additional_properties = d
        return _instance
